package vn.gov.quangngai.sonv.tieuchi;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;
import vn.tochuc.danhgia.criteria.testkit.PluginAssertions;
import vn.tochuc.danhgia.criteria.testkit.SampleConcretizations;

class SoNoiVuPluginFactoryTest {

    private static final int YEAR = 2026;

    /** The collective's targets: 30 points of administrative reform and two other tasks of 20, total 70. */
    private static Concretization collective(Target first) {
        List<Target> targets = new ArrayList<>(List.of(first));
        targets.addAll(SampleConcretizations.split("Nhiệm vụ chuyên môn", Points.of(40), 2, YEAR));
        return Concretization.of(SubjectType.COLLECTIVE, SoNoiVuPluginFactory.UNIT, YEAR)
                .withTargets(Frameworks.TASK_RESULTS, targets);
    }

    @Test
    void passesTheChecksTheHostRunsBeforeEnablingIt() {
        PluginAssertions.assertPluginValid(new SoNoiVuPluginFactory());
    }

    @Test
    void acceptsACollectiveWithAnAdministrativeReformTarget() {
        Target reform = SampleConcretizations.target("Nâng hạng Chỉ số cải cách hành chính của tỉnh",
                "Thứ hạng PAR INDEX", "20", "hạng", Points.of(30), YEAR);

        CheckReport report = PluginAssertions.assertAccepted(new SoNoiVuPluginFactory(), collective(reform));

        assertTrue(report.findings().isEmpty(), report.describe());
    }

    @Test
    void recognisesAReformTargetTypedWithoutDiacritics() {
        Target reform = SampleConcretizations.target("Cai cach hanh chinh", "Ty le thu tuc truc tuyen", "80", "%",
                Points.of(30), YEAR);

        PluginAssertions.assertAccepted(new SoNoiVuPluginFactory(), collective(reform));
    }

    @Test
    void rejectsACollectiveWithoutAnAdministrativeReformTarget() {
        Target other = SampleConcretizations.target("Tuyển dụng công chức", Points.of(30), YEAR);

        PluginAssertions.assertRejected(new SoNoiVuPluginFactory(), collective(other),
                ReformTargetCheck.REFORM_REQUIRED);
    }
}

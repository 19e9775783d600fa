package vn.tochuc.danhgia.plugins.thammuutu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.PluginAssertions;

class ThamMuuTuPluginFactoryTest {

    private final CriteriaPlugin plugin = new ThamMuuTuPluginFactory().create();

    @Test
    void passesTheChecksTheHostRunsBeforeEnablingIt() {
        PluginAssertions.assertPluginValid(new ThamMuuTuPluginFactory());
    }

    @Test
    void servesTheAdvisoryBodiesThroughTheirGroupNotUnitByUnit() {
        PluginDescriptor descriptor = new ThamMuuTuPluginFactory().descriptor();

        assertEquals(List.of("THAM_MUU_TU"), descriptor.groupCodes());
        assertTrue(descriptor.unitCodes().isEmpty());
        assertTrue(descriptor.serves("UBKTTU", "THAM_MUU_TU"));
        assertFalse(descriptor.serves("STC", "SO_NGANH"));
    }

    @Test
    void chiefConcretizesAllSeventyPoints() {
        assertEquals(Points.of(70), plugin.framework(SubjectType.CHIEF).orElseThrow().criterion("2").orElseThrow()
                .concretization().pointsSum());
    }

    @Test
    void acceptsACollectiveConcretizationWithAnOnTimeAdviceTarget() {
        Concretization concretization = Concretization.of(SubjectType.COLLECTIVE, "BTCTU", AdvisoryTargets.YEAR)
                .withTargets("2", List.of(AdvisoryTargets.onTimeAdvice(40), AdvisoryTargets.guidance(20),
                        AdvisoryTargets.inspections(10)));

        CheckReport report = PluginAssertions.assertAccepted(new ThamMuuTuPluginFactory(), concretization);

        assertTrue(report.findings().isEmpty(), report.describe());
    }

    @Test
    void rejectsACollectiveConcretizationWithoutAnOnTimeAdviceTarget() {
        Concretization concretization = Concretization.of(SubjectType.COLLECTIVE, "VPTU", AdvisoryTargets.YEAR)
                .withTargets("2", List.of(AdvisoryTargets.guidance(40), AdvisoryTargets.inspections(20),
                        AdvisoryTargets.guidance(10)));

        PluginAssertions.assertRejected(new ThamMuuTuPluginFactory(), concretization, AdvisoryCheck.ON_TIME_REQUIRED);
    }
}

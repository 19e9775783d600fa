package vn.tochuc.danhgia.plugins.sogiaoduc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.CheckReport;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Criterion;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.PluginDescriptor;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.Regulations;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.testkit.PluginAssertions;
import vn.tochuc.danhgia.criteria.testkit.SampleConcretizations;

class SoGiaoDucPluginFactoryTest {

    private final CriteriaPlugin plugin = new SoGiaoDucPluginFactory().create();

    @Test
    void passesTheChecksTheHostRunsBeforeEnablingIt() {
        PluginAssertions.assertPluginValid(new SoGiaoDucPluginFactory());
    }

    @Test
    void servesSoGiaoDucUnderRegulation366From2025To2030() {
        PluginDescriptor descriptor = new SoGiaoDucPluginFactory().descriptor();

        assertEquals(List.of("SGDDT"), descriptor.unitCodes());
        assertEquals(Regulations.QD_366, descriptor.regulation());
        assertTrue(descriptor.appliesTo(2026));
        assertFalse(descriptor.appliesTo(2031));
    }

    @Test
    void followsTheDraftsPointSplits() {
        Framework deputy = plugin.framework(SubjectType.DEPUTY).orElseThrow();

        assertEquals(Points.of(70), plugin.framework(SubjectType.COLLECTIVE).orElseThrow().criterion("2")
                .orElseThrow().concretization().pointsSum());
        assertEquals(Points.of(70), plugin.framework(SubjectType.CHIEF).orElseThrow().criterion("2")
                .orElseThrow().concretization().pointsSum());
        assertEquals(List.of(Points.of(50), Points.of(10), Points.of(10)), deputy.criterion("2").orElseThrow()
                .children().stream().map(Criterion::maxPoints).toList());
    }

    @Test
    void acceptsACollectiveConcretizationWithAGraduationTarget() {
        Concretization concretization = Concretization.of(SubjectType.COLLECTIVE, "SGDDT", EducationTargets.YEAR)
                .withTargets("2", List.of(EducationTargets.graduation(30), EducationTargets.standardSchools(20),
                        EducationTargets.teachers(20)));

        CheckReport report = PluginAssertions.assertAccepted(new SoGiaoDucPluginFactory(), concretization);

        assertTrue(report.findings().isEmpty(), report.describe());
    }

    @Test
    void rejectsTheTestKitsGenericSampleForLackingAGraduationTarget() {
        Framework collective = plugin.framework(SubjectType.COLLECTIVE).orElseThrow();
        Concretization generic = SampleConcretizations.valid(collective, "SGDDT", EducationTargets.YEAR);

        PluginAssertions.assertRejected(new SoGiaoDucPluginFactory(), generic, EducationCheck.GRADUATION_REQUIRED);
    }
}

package vn.tochuc.danhgia.criteria.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.check.ConcretizationCheck;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class SampleConcretizationsTest {

    @Test
    void buildsConcretizationsThatPassTheGenericCheckForEverySubjectType() {
        for (Framework framework : DemoPluginFactory.frameworks(10)) {
            Concretization concretization = SampleConcretizations.valid(framework, "STC", 2026);

            assertEquals(List.of(), ConcretizationCheck.check(framework, concretization), framework.title());
        }
    }

    @Test
    void givesDeputiesAFieldOfResponsibility() {
        Framework deputy = DemoPluginFactory.frameworks(10).get(2);

        Concretization concretization = SampleConcretizations.valid(deputy, "STC", 2026);

        assertEquals(SubjectType.DEPUTY, concretization.subjectType());
        assertEquals(SampleConcretizations.SAMPLE_DEPUTY_FIELD, concretization.deputyField());
        assertEquals(3, concretization.targetsOf("2.a").size());
    }

    @Test
    void splitsPointsExactlyPuttingTheRemainderOnTheLastTarget() {
        List<Target> targets = SampleConcretizations.split("Nhiệm vụ", Points.of(70), 3, 2026);

        assertEquals(List.of(Points.parse("23.3"), Points.parse("23.3"), Points.parse("23.4")),
                targets.stream().map(Target::points).toList());
        assertEquals("Nhiệm vụ – chỉ tiêu 2", targets.get(1).title());
        assertEquals(2026, targets.get(2).deadline().getYear());
    }
}

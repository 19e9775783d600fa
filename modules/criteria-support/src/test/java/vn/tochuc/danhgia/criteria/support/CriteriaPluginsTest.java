package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.CheckMessage;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.CriteriaPlugin;
import vn.tochuc.danhgia.criteria.spi.Framework;
import vn.tochuc.danhgia.criteria.spi.ScoringHint;
import vn.tochuc.danhgia.criteria.spi.ScoringRequest;
import vn.tochuc.danhgia.criteria.spi.SubjectType;

class CriteriaPluginsTest {

    private static final List<Framework> FRAMEWORKS = List.of(Framework.of(SubjectType.CHIEF, "Cấp trưởng",
            ChiefCriteria.general(), ChiefCriteria.taskResults()));
    private static final Concretization CHIEF = Concretization.of(SubjectType.CHIEF, "STC", 2026);
    private static final List<CheckMessage> FOUND = List.of(CheckMessage.warning("x.y", "2", null, "Nên."));

    @Test
    void servesItsFrameworksAndItsCheck() {
        CriteriaPlugin plugin = CriteriaPlugins.of(FRAMEWORKS, c -> c == CHIEF ? FOUND : List.of());

        assertEquals(FRAMEWORKS, plugin.frameworks());
        assertSame(FOUND, plugin.check(CHIEF));
        assertTrue(plugin.framework(SubjectType.CHIEF).isPresent());
        assertEquals(Optional.empty(), plugin.suggestScores(new ScoringRequest(CHIEF, List.of())));
    }

    @Test
    void givesTheScoringHintWhenItHasOne() {
        ScoringHint hint = new ScoringHint(List.of(), "Theo tỷ lệ.");

        CriteriaPlugin plugin = CriteriaPlugins.of(FRAMEWORKS, c -> List.of(), request -> Optional.of(hint));

        assertEquals(Optional.of(hint), plugin.suggestScores(new ScoringRequest(CHIEF, List.of())));
    }
}

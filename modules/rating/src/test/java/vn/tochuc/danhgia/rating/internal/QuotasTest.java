package vn.tochuc.danhgia.rating.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.rating.CriterionChange;
import vn.tochuc.danhgia.rating.Level;
import vn.tochuc.danhgia.rating.QuotaRow;
import vn.tochuc.danhgia.rating.SubjectKind;
import vn.tochuc.danhgia.rating.TargetOutcome;
import vn.tochuc.danhgia.rating.domain.Proposal;

class QuotasTest {

    static List<Proposal> group(int excellent, int good, int completed) {
        List<Proposal> list = new ArrayList<>();
        long id = 1;
        for (int i = 0; i < excellent; i++) {
            list.add(new Proposal(id++, "U" + id, "SO_NGANH", "Sở, ngành", SubjectKind.COLLECTIVE, Level.HTXSNV));
        }
        for (int i = 0; i < good; i++) {
            list.add(new Proposal(id++, "U" + id, "SO_NGANH", "Sở, ngành", SubjectKind.COLLECTIVE, Level.HTTNV));
        }
        for (int i = 0; i < completed; i++) {
            list.add(new Proposal(id++, "U" + id, "SO_NGANH", "Sở, ngành", SubjectKind.COLLECTIVE, Level.HTNV));
        }
        list.add(new Proposal(id, "U" + id, "SO_NGANH", "Sở, ngành", SubjectKind.CHIEF, Level.HTXSNV));
        return list;
    }

    @Test
    void theMaximumIsTwentyPercentOfThoseProposedWellOrBetterRoundedDown() {
        QuotaRow collectives = Quotas.of(group(2, 8, 5), 20).get(0);
        assertEquals(10, collectives.base());
        assertEquals(2, collectives.max());
        assertFalse(collectives.over());
        QuotaRow nine = Quotas.of(group(1, 8, 0), 20).get(0);
        assertEquals(1, nine.max(), "20% of 9 is 1.8, rounded down");
        assertFalse(nine.over());
        assertTrue(Quotas.of(group(2, 7, 0), 20).get(0).over(), "2 of 9 is over 1");
    }

    @Test
    void individualsAreCountedApartFromCollectives() {
        List<QuotaRow> rows = Quotas.of(group(2, 8, 0), 20);
        assertEquals(2, rows.size());
        QuotaRow individuals = rows.get(1);
        assertTrue(individuals.individuals());
        assertEquals(1, individuals.excellent());
        assertEquals(0, individuals.max());
        assertTrue(individuals.over());
    }

    @Test
    void aProposalIsCountedAsIfMade() {
        List<Proposal> proposals = group(2, 8, 0);
        Proposal good = proposals.get(2);
        QuotaRow after = Quotas.with(proposals, good, Level.HTXSNV, 20);
        assertEquals(3, after.excellent());
        assertTrue(after.over());
    }

    @Test
    void anAppraisedPointThatDiffersFromTheUnitsOwnNeedsAReason() {
        Scores self = Scoring.check(ScoringTest.FRAME, ScoringTest.RULES, SubjectKind.COLLECTIVE,
                ScoringTest.edit("30", "70", TargetOutcome.DONE, TargetOutcome.DONE));
        AppException e = assertThrows(AppException.class, () -> Changes.check(ScoringTest.FRAME, ScoringTest.RULES,
                self, List.of(new CriterionChange("2", new BigDecimal("60"), " "))));
        assertEquals("changes[2].reason", e.fieldErrors().get(0).field());
        Changes changes = Changes.check(ScoringTest.FRAME, ScoringTest.RULES, self,
                List.of(new CriterionChange("2", new BigDecimal("60"), "Chỉ tiêu 2 chưa có sản phẩm"),
                        new CriterionChange("1.1", new BigDecimal("30"), null)));
        assertEquals(0, new BigDecimal("90").compareTo(Scoring.total(changes.applied(self))));
        assertEquals(changes, Changes.read(changes.json()));
    }
}

package vn.tochuc.danhgia.consolidation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Parts of the draft are cited the way legal texts cite them, smallest part first. */
class ProvisionsTest {

    @Test
    void citesArticlesClausesAndPointsFromTheSmallest() {
        assertEquals("Điều 4", Provisions.cite("D4", "Điều 4"));
        assertEquals("Khoản 1 Điều 3", Provisions.cite("D3.K1", "Khoản 1"));
        assertEquals("Điểm a khoản 1 Điều 3", Provisions.cite("D3.K1.a", "Điểm a"));
        assertEquals("Điểm đ Điều 2", Provisions.cite("D2.đ", "Điểm đ"));
    }

    @Test
    void citesChaptersSectionsAndAnnexes() {
        assertEquals("Chương II", Provisions.cite("C2", "Chương II"));
        assertEquals("Mục 1 Chương III", Provisions.cite("C3.M1", "Mục 1"));
        assertEquals("Phụ lục", Provisions.cite("PL1", "Phụ lục"));
    }
}

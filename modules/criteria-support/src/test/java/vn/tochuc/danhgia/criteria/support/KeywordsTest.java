package vn.tochuc.danhgia.criteria.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.Target;

class KeywordsTest {

    private static Target titled(String title, String indicator, String output) {
        return new Target(title, indicator, null, null, output, null, null);
    }

    @Test
    void foldsCaseDiacriticsAndDToPlainLowerCase() {
        assertEquals("giai ngan von dau tu", Keywords.fold("GIẢI NGÂN vốn Đầu tư"));
        assertEquals("", Keywords.fold(null));
    }

    @Test
    void findsAPhraseInTheTitleIndicatorOrOutputWhateverTheTyping() {
        assertTrue(Keywords.mentions(titled("Giải ngân vốn đầu tư công", "", ""), "giai ngan"));
        assertTrue(Keywords.mentions(titled("Nhiệm vụ", "giai ngan", ""), "thu ngan sach", "giai ngan"));
        assertTrue(Keywords.mentions(titled("Nhiệm vụ", "", "Báo cáo GIẢI NGÂN"), "giai ngan"));
        assertFalse(Keywords.mentions(titled("Thu ngân sách", "Tỷ lệ", "Báo cáo"), "giai ngan"));
        assertFalse(Keywords.mentions(new Target(null, null, null, null, null, null, null), "giai ngan"));
    }

    @Test
    void looksAtTheTargetsOfEveryCriterion() {
        Concretization concretization = Concretization.of(SubjectType.DEPUTY, "STC", 2026)
                .withTargets("2.a", List.of(titled("Quản lý giá", "", "")))
                .withTargets("2.b", List.of(titled("Tham mưu", "", ""), titled("Tỷ lệ giải ngân", "", "")));

        assertTrue(Keywords.anyMentions(concretization, "giai ngan"));
        assertFalse(Keywords.anyMentions(concretization, "du toan"));
        assertFalse(Keywords.anyMentions(Concretization.of(SubjectType.CHIEF, "STC", 2026), "giai ngan"));
    }
}

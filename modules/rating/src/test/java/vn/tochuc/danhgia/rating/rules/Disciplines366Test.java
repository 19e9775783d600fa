package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class Disciplines366Test {

    @Test
    void criticismAndRemindersAreBelowReprimandHoweverTheyAreTyped() {
        assertFalse(Disciplines366.fromReprimandUp("phê bình"));
        assertFalse(Disciplines366.fromReprimandUp("  Phê bình "));
        assertFalse(Disciplines366.fromReprimandUp(Normalizer.normalize("nhắc nhở", Normalizer.Form.NFD)));
    }

    @Test
    void reprimandAndEveryHeavierOrUnknownFormCounts() {
        assertTrue(Disciplines366.fromReprimandUp("khiển trách"));
        assertTrue(Disciplines366.fromReprimandUp("cảnh cáo"));
        assertTrue(Disciplines366.fromReprimandUp("cách chức"));
        assertTrue(Disciplines366.fromReprimandUp("khai trừ"));
        assertTrue(Disciplines366.fromReprimandUp(null));
    }
}

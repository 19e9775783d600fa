package vn.tochuc.danhgia.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** The module's texts in both languages. */
class MessagesBundleTest {

    private static List<String> keys(Map<String, String> table) {
        return table.keySet().stream().filter(k -> k.startsWith("consolidation.")).sorted().toList();
    }

    @Test
    void hasEveryConsolidationKeyInBothLanguages() {
        List<String> vietnamese = keys(Messages.table(Messages.VIETNAMESE));
        assertTrue(vietnamese.size() >= 25, vietnamese.toString());
        assertEquals(vietnamese, keys(Messages.table(Messages.ENGLISH)));
    }

    @Test
    void speaksVietnameseWithDiacritics() {
        assertEquals("Ý kiến số 12: Giải trình phải nêu rõ lý do không tiếp thu.",
                Messages.get(Messages.VIETNAMESE, "consolidation.error.response-required.EXPLAINED", "12"));
        assertEquals("Tiếp thu một phần", Messages.get(Messages.VIETNAMESE, "consolidation.decision.PARTLY"));
    }
}

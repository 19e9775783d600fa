package vn.tochuc.danhgia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** The module's texts, as the kernel merges them from every jar. */
class MessagesBundleTest {

    private static List<String> keys(Map<String, String> table) {
        return table.keySet().stream().filter(k -> k.startsWith("documents.")).sorted().toList();
    }

    @Test
    void hasEveryDocumentsKeyInBothLanguages() {
        List<String> vietnamese = keys(Messages.table(Messages.VIETNAMESE));
        assertTrue(vietnamese.size() >= 13, vietnamese.toString());
        assertEquals(vietnamese, keys(Messages.table(Messages.ENGLISH)));
    }

    @Test
    void speaksVietnameseWithDiacritics() {
        assertEquals("Dự thảo có nhiều hơn một Điều 7. Số Điều phải không trùng nhau; hãy đánh lại số Điều rồi tải "
                + "lên lại.", Messages.get(Messages.VIETNAMESE, "documents.docx.duplicate-article", "7"));
    }
}

package vn.tochuc.danhgia.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** With every module's bundle on the class path: the two languages hold the same keys. */
class MessageBundlesTest {

    @Test
    void everyVietnameseTextHasAnEnglishOneAndBack() {
        var vi = Messages.table(Messages.VIETNAMESE).keySet();
        var en = Messages.table(Messages.ENGLISH).keySet();
        List<String> missingInEnglish = vi.stream().filter(k -> !en.contains(k)).sorted().toList();
        List<String> missingInVietnamese = en.stream().filter(k -> !vi.contains(k)).sorted().toList();

        assertEquals(List.of(), missingInEnglish);
        assertEquals(List.of(), missingInVietnamese);
        assertTrue(vi.size() > 100, "all modules' bundles are merged: " + vi.size());
    }

    @Test
    void theScreensSpeakVietnameseWithDiacritics() {
        assertEquals("Đăng nhập", Messages.get(Messages.VIETNAMESE, "identity.login.title"));
        assertEquals("Nhật ký hệ thống", Messages.get(Messages.VIETNAMESE, "menu.audit"));
        assertEquals("Hoàn thành xuất sắc nhiệm vụ", Messages.get(Messages.VIETNAMESE, "rating.level.HTXSNV"));
    }
}

package vn.tochuc.danhgia.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void speaksVietnameseByDefaultWithDiacritics() {
        assertEquals("Không được dài quá 255 ký tự.", Messages.get(null, "error.field.too-long", 255));
        assertEquals("Bắt buộc nhập.", Messages.get(Locale.FRENCH, "error.field.required"));
    }

    @Test
    void speaksEnglishWhenAsked() {
        assertEquals("Required.", Messages.get(Locale.US, "error.field.required"));
    }

    @Test
    void showsAMissingKeyVisibly() {
        assertEquals("???no.such.key???", Messages.get(Messages.VIETNAMESE, "no.such.key"));
    }

    @Test
    void everyVietnameseKeyHasAnEnglishText() {
        var missing = Messages.table(Messages.VIETNAMESE).keySet().stream()
                .filter(k -> !Messages.table(Messages.ENGLISH).containsKey(k))
                .sorted()
                .toList();
        assertEquals(java.util.List.of(), missing);
    }
}

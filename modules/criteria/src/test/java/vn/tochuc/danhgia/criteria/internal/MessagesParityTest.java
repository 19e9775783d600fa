package vn.tochuc.danhgia.criteria.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

class MessagesParityTest {

    @Test
    void everyVietnameseTextHasAnEnglishOneAndTheOtherWayRound() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");

        assertEquals(new TreeSet<>(vi.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @Test
    void everyHostCheckHasAMessageInBothLanguages() throws IllegalAccessException {
        for (Field field : HostFindings.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = "criteria.check." + field.get(null);
                assertFalse(Messages.get(Messages.VIETNAMESE, key).startsWith("???"), key);
                assertFalse(Messages.get(Messages.ENGLISH, key).startsWith("???"), key);
            }
        }
    }

    @Test
    void aHostFindingSpeaksBothLanguages() {
        var finding = HostFindings.error(HostFindings.JAR_TOO_LARGE, "10");

        assertEquals("Tệp plugin vượt quá dung lượng cho phép (10 MB).", finding.messageVi());
        assertEquals("The plugin file is larger than allowed (10 MB).", finding.messageEn());
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(MessagesParityTest.class.getResourceAsStream("/META-INF/i18n/" + name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

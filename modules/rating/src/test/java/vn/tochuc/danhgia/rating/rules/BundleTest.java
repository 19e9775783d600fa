package vn.tochuc.danhgia.rating.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.kernel.Messages;

/** The rating bundles: the same keys in both languages, a text for every reason code, the four level labels. */
class BundleTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("vi").stringPropertyNames()), new TreeSet<>(load("en").stringPropertyNames()));
    }

    @Test
    void everyReasonCodeHasATextAndEveryReasonTextACode() throws IOException {
        var codes = Stream.concat(ReasonCodes.ALL.stream(), PointRules.CODES.stream())
                .map(code -> "rating.reason." + code).collect(Collectors.toCollection(TreeSet::new));
        var texts = load("vi").stringPropertyNames().stream().filter(k -> k.startsWith("rating.reason."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(codes, texts);
        assertEquals(ReasonCodes.ALL.size(), Set.copyOf(ReasonCodes.ALL).size(), "codes are distinct");
    }

    @Test
    void theLevelsHaveTheirVietnameseNames() {
        assertEquals("Hoàn thành xuất sắc nhiệm vụ", Messages.get(Messages.VIETNAMESE, "rating.level.HTXSNV"));
        assertEquals("Hoàn thành tốt nhiệm vụ", Messages.get(Messages.VIETNAMESE, "rating.level.HTTNV"));
        assertEquals("Hoàn thành nhiệm vụ", Messages.get(Messages.VIETNAMESE, "rating.level.HTNV"));
        assertEquals("Không hoàn thành nhiệm vụ", Messages.get(Messages.VIETNAMESE, "rating.level.KHTNV"));
        assertTrue(Messages.get(Messages.ENGLISH, "rating.level.KHTNV").startsWith("Failed"));
    }

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(BundleTest.class.getResourceAsStream(
                "/META-INF/i18n/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}

package vn.tochuc.danhgia.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The message bundles of all modules, merged per language.
 *
 * <p>Each module ships {@code META-INF/i18n/messages_vi.properties} and {@code messages_en.properties} (UTF-8), with
 * keys prefixed by the module's name. Vietnamese is the default; a key missing in English falls back to Vietnamese,
 * and a key missing everywhere is shown as {@code ???key???} so that it is noticed rather than hidden.
 */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(VIETNAMESE, ENGLISH);

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Messages() {}

    /** The supported language closest to the one asked for; Vietnamese when none fits. */
    public static Locale supported(Locale wanted) {
        if (wanted != null && ENGLISH.getLanguage().equals(wanted.getLanguage())) {
            return ENGLISH;
        }
        return VIETNAMESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern = table(supported(locale)).get(key);
        if (pattern == null) {
            pattern = table(VIETNAMESE).get(key);
        }
        if (pattern == null) {
            return "???" + key + "???";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(resolved(locale, args));
    }

    /**
     * An argument that is itself a message key, shown in the reader's language: a service that raises an error
     * about, say, a subject type passes {@code Messages.key("frameworks.subject.CHIEF")}, not a Vietnamese word.
     */
    public record Key(String key) {}

    public static Key key(String key) {
        return new Key(key);
    }

    private static Object[] resolved(Locale locale, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Key k) {
                out[i] = get(locale, k.key());
            }
        }
        return out;
    }

    /** The text of a key without arguments, or the fallback when no bundle has it (labels of free-form fields). */
    public static String label(Locale locale, String key, String fallback) {
        String text = table(supported(locale)).get(key);
        return text != null ? text : table(VIETNAMESE).getOrDefault(key, fallback);
    }

    public static boolean has(String key) {
        return table(VIETNAMESE).containsKey(key);
    }

    /** All keys and texts of one language; used by the Faces resource bundle. */
    public static Map<String, String> table(Locale locale) {
        String language = supported(locale).getLanguage();
        return BY_LANGUAGE.computeIfAbsent(language, Messages::load);
    }

    private static Map<String, String> load(String language) {
        Map<String, String> merged = new HashMap<>();
        try {
            Enumeration<URL> files = Messages.class.getClassLoader()
                    .getResources("META-INF/i18n/messages_" + language + ".properties");
            for (URL file : Collections.list(files)) {
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(file.openStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                properties.forEach((k, v) -> merged.put((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the message bundles", e);
        }
        return Map.copyOf(merged);
    }
}

package vn.tochuc.danhgia.criteria.check;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.criteria.spi.Points;
import vn.tochuc.danhgia.criteria.spi.SubjectType;
import vn.tochuc.danhgia.criteria.spi.TargetField;

/**
 * Fills {@code {n}} placeholders. Not {@link java.text.MessageFormat}: that would print the year 2026 as "2,026"
 * and treat apostrophes as quotes.
 */
final class MessageText {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)\\}");

    private MessageText() {}

    /** An argument that reads differently in each language. */
    record Localized(String vietnamese, String english) {}

    /** One pass over the pattern, so that an argument containing "{1}" is not itself filled in. */
    static String format(String pattern, boolean english, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < args.length ? write(args[i], english) : m.group();
            m.appendReplacement(text, Matcher.quoteReplacement(value));
        }
        m.appendTail(text);
        return text.toString();
    }

    private static String write(Object arg, boolean english) {
        if (arg instanceof SubjectType subject) {
            return english ? subject.name().toLowerCase(Locale.ROOT) : subject.label().toLowerCase(VIETNAMESE);
        }
        if (arg instanceof TargetField field) {
            return english ? field.name().toLowerCase(Locale.ROOT).replace('_', ' ') : field.label();
        }
        if (arg instanceof Points points) {
            return english ? points.toString() : points.toString().replace('.', ',');
        }
        if (arg instanceof Localized localized) {
            return english ? localized.english() : localized.vietnamese();
        }
        if (arg instanceof LocalDate date) {
            return DATE.format(date);
        }
        return String.valueOf(arg);
    }
}

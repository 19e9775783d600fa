package vn.tochuc.danhgia.criteria.support;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.criteria.spi.Concretization;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Finds topics in targets whatever their typing: "Giải ngân", "giai ngan" and "GIẢI NGÂN" all match, since users
 * type with and without diacritics. Phrases are given folded ({@link #fold}): lower case, without diacritics.
 */
public final class Keywords {

    private Keywords() {}

    /** Lower case, without diacritics, đ as d; {@code null} as empty. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Whether the target's title, indicator or output mentions any of the (already folded) phrases. */
    public static boolean mentions(Target target, String... foldedPhrases) {
        return containsAny(fold(target.title() + " " + target.indicator() + " " + target.output()), foldedPhrases);
    }

    /** Whether any target of the concretization, under any criterion, {@link #mentions} any of the phrases. */
    public static boolean anyMentions(Concretization concretization, String... foldedPhrases) {
        return concretization.targets().values().stream().flatMap(List::stream)
                .anyMatch(target -> mentions(target, foldedPhrases));
    }

    /** Whether the folded {@code text} contains any of the (already folded) phrases. */
    public static boolean containsAny(String foldedText, String... foldedPhrases) {
        for (String phrase : foldedPhrases) {
            if (foldedText.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}

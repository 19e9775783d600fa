package vn.tochuc.danhgia.plugins.sogiaoduc;

import java.text.Normalizer;
import java.util.Locale;
import vn.tochuc.danhgia.criteria.spi.Target;

/**
 * Finds topics in targets whatever their typing: "Giải ngân", "giai ngan" and "GIẢI NGÂN" all match, since users
 * type with and without diacritics.
 */
final class Keywords {

    private Keywords() {}

    /** Lower case, without diacritics, đ as d. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /** Whether the target's title, indicator or output mentions any of the (already folded) phrases. */
    static boolean mentions(Target target, String... foldedPhrases) {
        String text = fold(target.title() + " " + target.indicator() + " " + target.output());
        for (String phrase : foldedPhrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}

package vn.tochuc.danhgia.kernel;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Search as Vietnamese users type it: case and diacritics do not matter ("so tai chinh" finds "Sở Tài chính"),
 * since many type without tone marks on a phone or a borrowed keyboard; {@code đ} is folded to {@code d}, which
 * Unicode does not decompose.
 */
public final class TextSearch {

    private TextSearch() {}

    /** Lower case, without tone marks or other combining marks, {@code đ} as {@code d}, spaces collapsed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    /** Whether every word of the query is found in at least one of the fields; a blank query matches all. */
    public static boolean matches(String query, String... fields) {
        String folded = fold(query);
        if (folded.isEmpty()) {
            return true;
        }
        StringBuilder haystack = new StringBuilder();
        for (String field : fields) {
            haystack.append(fold(field)).append('\n');
        }
        for (String word : folded.split(" ")) {
            if (haystack.indexOf(word) < 0) {
                return false;
            }
        }
        return true;
    }
}

package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-level difference of two texts, to highlight what was struck out and what was added in the side-by-side
 * view. Longest common subsequence of words (and the whitespace between them); pure.
 */
public final class WordDiff {

    /** Above this many word pairs the texts are shown whole, as deleted and inserted. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {}

    /** A piece of text: kept, struck out (only on the old side) or added (only on the new side). */
    public record Segment(String kind, String text) implements Serializable {

        public boolean kept() {
            return "same".equals(kind);
        }
    }

    /** The old text's pieces: kept and struck out. */
    public static List<Segment> before(String oldText, String newText) {
        return diff(oldText, newText, true);
    }

    /** The new text's pieces: kept and added. */
    public static List<Segment> after(String oldText, String newText) {
        return diff(oldText, newText, false);
    }

    private static List<Segment> diff(String oldText, String newText, boolean oldSide) {
        String[] a = tokens(oldText);
        String[] b = tokens(newText);
        String changed = oldSide ? "del" : "ins";
        List<Segment> out = new ArrayList<>();
        if ((long) (a.length + 1) * (b.length + 1) > MAX_CELLS) {
            add(out, changed, String.join("", oldSide ? a : b));
            return out;
        }
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                add(out, "same", a[i]);
                i++;
                j++;
            } else if (j >= b.length || i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
                if (oldSide) {
                    add(out, changed, a[i]);
                }
                i++;
            } else {
                if (!oldSide) {
                    add(out, changed, b[j]);
                }
                j++;
            }
        }
        return absorbSpaces(out);
    }

    /** A lone space kept between two changes reads better inside one change: "[ins:a] [ins:b]" → "[ins:a b]". */
    private static List<Segment> absorbSpaces(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < segments.size(); k++) {
            Segment s = segments.get(k);
            boolean bridge = s.kept() && s.text().isBlank() && !out.isEmpty() && !out.get(out.size() - 1).kept()
                    && k + 1 < segments.size() && !segments.get(k + 1).kept();
            if (bridge) {
                Segment before = out.remove(out.size() - 1);
                Segment after = segments.get(++k);
                out.add(new Segment(before.kind(), before.text() + s.text() + after.text()));
            } else {
                add(out, s.kind(), s.text());
            }
        }
        return out;
    }

    private static void add(List<Segment> out, String kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind().equals(kind)) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    /** Words and the whitespace runs between them, so that joining the tokens gives the text back. */
    static String[] tokens(String text) {
        if (text == null || text.isEmpty()) {
            return new String[0];
        }
        return text.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
    }
}

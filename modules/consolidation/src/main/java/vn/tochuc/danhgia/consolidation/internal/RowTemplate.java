package vn.tochuc.danhgia.consolidation.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table row POI wrote with a marker in each cell ({@code @@C0@@} …), cut into literal pieces and slots, to write
 * one filled copy per report row: text is XML-escaped and each line break becomes {@code <w:br/>}.
 */
final class RowTemplate {

    static final String MARKER = "@@ROW@@";
    static final int SLOTS = 6;
    private static final Pattern SLOT = Pattern.compile("<w:t(?:\\s[^>]*)?>@@C(\\d)@@</w:t>");

    private final int start;
    private final int end;
    private final List<String> pieces;
    private final int[] slots;

    private RowTemplate(int start, int end, List<String> pieces, int[] slots) {
        this.start = start;
        this.end = end;
        this.pieces = pieces;
        this.slots = slots;
    }

    static String marker(int slot) {
        return "@@C" + slot + "@@";
    }

    /** Finds the row that holds {@link #MARKER} in the document XML. */
    static RowTemplate find(String xml) {
        int marker = xml.indexOf(MARKER);
        if (marker < 0) {
            throw new IllegalStateException("The report skeleton has no template row");
        }
        int start = Math.max(xml.lastIndexOf("<w:tr>", marker), xml.lastIndexOf("<w:tr ", marker));
        int end = xml.indexOf("</w:tr>", marker) + "</w:tr>".length();
        String row = xml.substring(start, end).replace(MARKER, "");
        List<String> pieces = new ArrayList<>();
        List<Integer> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(row);
        int at = 0;
        while (m.find()) {
            pieces.add(row.substring(at, m.start()));
            slots.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        pieces.add(row.substring(at));
        return new RowTemplate(start, end, pieces, slots.stream().mapToInt(Integer::intValue).toArray());
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    void write(String[] values, Writer out) throws IOException {
        for (int i = 0; i < slots.length; i++) {
            out.write(pieces.get(i));
            text(values[slots[i]], out);
        }
        out.write(pieces.get(pieces.size() - 1));
    }

    private static void text(String value, Writer out) throws IOException {
        String[] lines = (value == null ? "" : value).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.write("<w:br/>");
            }
            out.write("<w:t xml:space=\"preserve\">");
            escape(lines[i], out);
            out.write("</w:t>");
        }
    }

    /** XML text: the five escapes, and characters XML 1.0 does not allow (control characters) dropped. */
    static void escape(String text, Writer out) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '&' -> out.write("&amp;");
                case '"' -> out.write("&quot;");
                case '\'' -> out.write("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.write(c);
                    }
                }
            }
        }
    }
}

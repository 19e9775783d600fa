package vn.tochuc.danhgia.documents.internal.docx;

import static vn.tochuc.danhgia.documents.internal.docx.Text.WS;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tochuc.danhgia.documents.NodeKind;

/**
 * Recognises the paragraphs that open a part of the draft from their first words.
 *
 * <p>The patterns accept what drafters really type: any mix of spaces, tabs and NBSP, "Điều 3." or "Điều 3:" or
 * "Điều 3 -", "CHƯƠNG I - TITLE" as well as "Chương I" with the title on the next paragraph. A number must be
 * followed by a separator or the end of the line, so body text such as "Điều 5 Luật …" or "Chương trình …" is not
 * taken for a heading. Roman numerals are upper-case only, again to keep "Chương mới …" out.
 */
final class Headings {

    private static final String END = "(?=" + WS + "|[.:\\-\\u2013\\u2014]|$)";
    private static final String SEP = "(?:" + WS + "*[.:\\-\\u2013\\u2014]" + WS + "*|" + WS + "+|$)";
    private static final Pattern CHAPTER =
            Pattern.compile("(?iu:chương)" + WS + "+([IVXLCDM]+|\\d{1,3})" + END + SEP + "(.*)", Pattern.DOTALL);
    private static final Pattern SECTION =
            Pattern.compile("(?iu:mục)" + WS + "+([IVXLC]+|\\d{1,3})" + END + SEP + "(.*)", Pattern.DOTALL);
    private static final Pattern ARTICLE = Pattern.compile(
            "(?iu:điều)" + WS + "*(\\d{1,4})(?:" + WS + "*[.:\\-\\u2013\\u2014]" + WS + "*|" + WS + "*$)(.*)",
            Pattern.DOTALL);
    private static final Pattern CLAUSE = Pattern.compile("(\\d{1,3})[.)](?!\\d)" + WS + "*(.*)", Pattern.DOTALL);
    private static final Pattern POINT =
            Pattern.compile("([a-zđ])(?:\\)" + WS + "*|\\.(?:" + WS + "+|$))(.*)", Pattern.DOTALL);
    private static final Pattern ANNEX = Pattern.compile(
            "(PHỤ|Phụ)" + WS + "+(LỤC|lục)(?:" + WS + "+([IVXLC]+|\\d{1,3}))?" + END + SEP + "(.*)", Pattern.DOTALL);
    private static final Pattern DRAFT = Pattern.compile("\\(?" + WS + "*(?iu:dự)" + WS + "+(?iu:thảo)(?:" + WS
            + "*[:\\-]?" + WS + "*(?:(?iu:lần)" + WS + "*\\d+|\\d+))?" + WS + "*\\)?");
    private static final Pattern RECITAL =
            Pattern.compile("[-\\u2013+•]?" + WS + "*(?iu:căn cứ|xét|theo đề nghị).*", Pattern.DOTALL);
    /** The kinds of Party text a draft may be; "QUY ĐỊNH" or "Quy chế làm việc …" opens a title, an issuing body does not. */
    private static final Pattern DOCUMENT_TYPE = Pattern.compile("(?iu:quy" + WS + "+định|quy" + WS + "+chế|hướng"
            + WS + "+dẫn|kế" + WS + "+hoạch|quyết" + WS + "+định|nghị" + WS + "+quyết|chỉ" + WS + "+thị|kết" + WS
            + "+luận|chương" + WS + "+trình|đề" + WS + "+án|báo" + WS + "+cáo|tờ" + WS + "+trình|thông" + WS
            + "+báo)" + END + ".*", Pattern.DOTALL);
    private static final Pattern CLOSING = Pattern.compile("(?:(?iu:nơi)" + WS + "+(?iu:nhận)"
            + "|(?:T/M|TM\\.|KT\\.|Q\\.|TL\\.|TUQ\\.)" + WS + "*\\p{Lu}|TM" + WS + "+\\p{Lu}).*", Pattern.DOTALL);

    private Headings() {}

    /** What the line opens, or {@code null} when it is ordinary text. */
    static Heading classify(Line line) {
        String text = line.match();
        Heading heading = match(ANNEX, NodeKind.ANNEX, text);
        if (heading != null) {
            boolean upperCase = text.startsWith("PHỤ");
            // "Phụ lục …" in mixed case is also the start of ordinary sentences; only a set-off line is a heading.
            return upperCase || line.centered() || line.emphasized() ? heading : null;
        }
        heading = match(CHAPTER, NodeKind.CHAPTER, text);
        heading = heading != null ? heading : match(SECTION, NodeKind.SECTION, text);
        heading = heading != null ? heading : match(ARTICLE, NodeKind.ARTICLE, text);
        heading = heading != null ? heading : match(CLAUSE, NodeKind.CLAUSE, text);
        return heading != null ? heading : match(POINT, NodeKind.POINT, text);
    }

    static boolean isDraftMarker(Line line) {
        return DRAFT.matcher(line.match()).matches();
    }

    static boolean isRecital(Line line) {
        return RECITAL.matcher(line.match()).matches();
    }

    /** The line that names the kind of text ("QUY ĐỊNH", "HƯỚNG DẪN thực hiện …"): where a title starts. */
    static boolean isDocumentType(String text) {
        return DOCUMENT_TYPE.matcher(Text.nfc(text)).matches();
    }

    /** The signature block or the "Nơi nhận" list that closes the text after its last article. */
    static boolean isClosing(String text) {
        return CLOSING.matcher(Text.nfc(text)).matches();
    }

    private static Heading match(Pattern pattern, NodeKind kind, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String numeral = kind == NodeKind.ANNEX ? nullToEmpty(m.group(3)) : m.group(1);
        String title = m.group(m.groupCount());
        boolean titled = kind != NodeKind.CLAUSE && kind != NodeKind.POINT;
        return new Heading(kind, numeral, titled ? Text.collapse(title) : "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

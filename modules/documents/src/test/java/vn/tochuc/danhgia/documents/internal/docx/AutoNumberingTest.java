package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.tochuc.danhgia.documents.TestDocx.level;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.TestDocx;

/** Khoản numbers and điểm letters that exist only in Word's automatic numbering (numPr + numbering.xml). */
class AutoNumberingTest {

    private static final TestDocx.Level DECIMAL = level("decimal", "%1.", 1);

    private static List<String> texts(Outline outline) {
        return outline.commentable().stream().map(node -> node.path() + " " + node.text()).toList();
    }

    @Test
    void computesClauseNumbersFromWordAutoNumbering() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL).num(1, 0)
                .p("Điều 1. Phạm vi")
                .numbered(1, 0, "Quy định này cụ thể hóa.")
                .numbered(1, 0, "Đối tượng áp dụng.")
                .bytes());
        assertEquals(List.of("D1 Điều 1. Phạm vi", "D1.K1 1. Quy định này cụ thể hóa.", "D1.K2 2. Đối tượng áp dụng."),
                texts(outline));
    }

    @Test
    void computesPointLettersFromALowerLetterLevelAndRestartsThemUnderEachClause() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL, level("lowerLetter", "%2)", 1)).num(1, 0)
                .p("Điều 3. Khung tiêu chí")
                .numbered(1, 0, "Nhóm một:")
                .numbered(1, 1, "tiêu chí một;")
                .numbered(1, 1, "tiêu chí hai.")
                .numbered(1, 0, "Nhóm hai:")
                .numbered(1, 1, "tiêu chí ba.")
                .bytes());
        assertEquals(List.of("D3 Điều 3. Khung tiêu chí", "D3.K1 1. Nhóm một:", "D3.K1.a a) tiêu chí một;",
                "D3.K1.b b) tiêu chí hai.", "D3.K2 2. Nhóm hai:", "D3.K2.a a) tiêu chí ba."), texts(outline));
    }

    @Test
    void restartsClauseNumbersInEachArticle() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL).num(1, 0)
                .p("Điều 1. Một").numbered(1, 0, "a").numbered(1, 0, "b")
                .p("Điều 2. Hai").numbered(1, 0, "c")
                .bytes());
        assertEquals("1. c", outline.find("D2.K1").orElseThrow().text());
    }

    @Test
    void restartsPointLettersOfASeparateListInEachClause() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL).num(1, 0)
                .list(1, level("lowerLetter", "%1)", 1)).num(2, 1)
                .p("Điều 1. Một")
                .numbered(1, 0, "khoản").numbered(2, 0, "x").numbered(2, 0, "y")
                .numbered(1, 0, "khoản").numbered(2, 0, "z")
                .bytes());
        assertEquals("a) z", outline.find("D1.K2.a").orElseThrow().text());
        assertEquals("b) y", outline.find("D1.K1.b").orElseThrow().text());
    }

    @Test
    void respectsTheStartValueOfALevel() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, level("decimal", "%1.", 3)).num(1, 0)
                .p("Điều 1. Một").numbered(1, 0, "ba").numbered(1, 0, "bốn")
                .bytes());
        assertEquals(List.of("D1", "D1.K3", "D1.K4"), outline.commentable().stream().map(OutlineNode::path).toList());
    }

    @Test
    void startsANewListWhereWordWasToldToRestart() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL).num(1, 0).numStartingAt(2, 0, 0, 5)
                .p("Điều 1. Một").numbered(1, 0, "một").numbered(2, 0, "năm").numbered(2, 0, "sáu")
                .bytes());
        assertEquals(List.of("D1", "D1.K1", "D1.K5", "D1.K6"),
                outline.commentable().stream().map(OutlineNode::path).toList());
    }

    @Test
    void continuesNumberingAcrossNumsThatShareAnAbstractList() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, DECIMAL).num(1, 0).num(2, 0)
                .p("Điều 1. Một").numbered(1, 0, "một").numbered(2, 0, "hai")
                .bytes());
        assertEquals("2. hai", outline.find("D1.K2").orElseThrow().text());
    }

    @Test
    void numbersHeadingsFromTheirStyleAsAMultiLevelList() {
        // Chương %1 (upper Roman) and Điều %2. on one list, articles numbered on through chapters (lvlRestart 0).
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, level("upperRoman", "Chương %1", 1), new TestDocx.Level("decimal", "Điều %2.", 1, 0))
                .num(1, 0)
                .headingStyle("Heading1", "heading 1", 1, 0)
                .headingStyle("Heading2", "heading 2", 1, 1)
                .styled("Heading1", "QUY ĐỊNH CHUNG")
                .styled("Heading2", "Phạm vi điều chỉnh")
                .styled("Heading2", "Đối tượng áp dụng")
                .styled("Heading1", "TỔ CHỨC THỰC HIỆN")
                .styled("Heading2", "Hiệu lực")
                .bytes());
        assertEquals(List.of("C1 Chương I QUY ĐỊNH CHUNG", "D1 Điều 1. Phạm vi điều chỉnh",
                "D2 Điều 2. Đối tượng áp dụng", "C2 Chương II TỔ CHỨC THỰC HIỆN", "D3 Điều 3. Hiệu lực"),
                texts(outline));
        assertEquals("QUY ĐỊNH CHUNG", outline.find("C1").orElseThrow().title());
    }

    @Test
    void showsBulletsOfBulletedCitations() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .list(0, level("bullet", "-", 1)).num(1, 0)
                .numbered(1, 0, "Căn cứ Điều lệ Đảng;")
                .p("Điều 1. Một")
                .bytes());
        assertEquals(List.of("- Căn cứ Điều lệ Đảng;"), outline.recitals());
    }
}

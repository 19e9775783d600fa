package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.TestDocx;

/** How Word files really look: split runs, odd spaces, headings on one or two lines, styles, tables, annexes. */
class WordQuirksTest {

    private static OutlineNode node(Outline outline, String path) {
        return outline.find(path).orElseThrow(() -> new AssertionError("No node " + path + " in " + paths(outline)));
    }

    private static List<String> paths(Outline outline) {
        return outline.commentable().stream().map(OutlineNode::path).toList();
    }

    @Test
    void readsHeadingSplitAcrossRuns() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .runs("Đi", "ều 3", ". Khung ", "tiêu chí đánh giá")
                .runs("1", ". Nhóm ", "tiêu chí")
                .runs("a", ") Lãnh đạo")
                .bytes());
        OutlineNode article = node(outline, "D3");
        assertEquals("Khung tiêu chí đánh giá", article.title());
        assertEquals("Điều 3. Khung tiêu chí đánh giá", article.text());
        assertEquals("a) Lãnh đạo", node(outline, "D3.K1.a").text());
    }

    @Test
    void acceptsTabsNonBreakingSpacesAndColonsAfterArticleNumbers() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều\u00A01.\tPhạm vi điều chỉnh")
                .p("Điều  2 :  Đối   tượng\u00A0áp dụng")
                .p("ĐIỀU 3 - Giải thích từ ngữ")
                .p("Điều 4.")
                .p("1.\u00A0Khoản có NBSP\tvà tab")
                .bytes());
        assertEquals(List.of("Phạm vi điều chỉnh", "Đối tượng áp dụng", "Giải thích từ ngữ", ""),
                outline.allArticles().stream().map(OutlineNode::title).toList());
        assertEquals("Điều\u00A01.\tPhạm vi điều chỉnh", node(outline, "D1").text());
        assertEquals("1.\u00A0Khoản có NBSP\tvà tab", node(outline, "D4.K1").text());
    }

    @Test
    void readsChapterHeadingsOnOneOrTwoLines() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .centered("Chương I").centered("QUY ĐỊNH CHUNG")
                .p("Điều 1. Phạm vi")
                .centered("CHƯƠNG II - KHUNG TIÊU CHÍ")
                .p("Điều 2. Khung")
                .centered("Chương\u00A0 III.\tTỔ CHỨC THỰC HIỆN")
                .p("Điều 3. Trách nhiệm")
                .centered("Chương IV")
                .p("Điều 4. Hiệu lực")
                .bytes());
        assertEquals(List.of("Chương I", "Chương II", "Chương III", "Chương IV"),
                outline.chapters().stream().map(OutlineNode::label).toList());
        assertEquals(List.of("QUY ĐỊNH CHUNG", "KHUNG TIÊU CHÍ", "TỔ CHỨC THỰC HIỆN", ""),
                outline.chapters().stream().map(OutlineNode::title).toList());
        assertEquals("Chương I\nQUY ĐỊNH CHUNG", node(outline, "C1").text());
        assertEquals("CHƯƠNG II - KHUNG TIÊU CHÍ", node(outline, "C2").text());
        assertEquals("Chương IV", node(outline, "C4").text());
        assertEquals("C4", outline.chapters().get(3).path());
        assertEquals(List.of("D4"), node(outline, "C4").children().stream().map(OutlineNode::path).toList());
    }

    @Test
    void doesNotTakeBodyTextForHeadings() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Phạm vi")
                .p("Chương trình công tác năm được xây dựng theo Điều 5 Luật Tổ chức.")
                .p("Mục tiêu là nâng cao chất lượng.")
                .p("Phụ lục kèm theo Quy định này gồm các biểu mẫu.")
                .bytes());
        assertEquals(List.of("D1"), paths(outline));
        assertEquals(4, node(outline, "D1").text().split("\n").length);
    }

    @Test
    void readsSectionsInsideAChapter() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .centered("Chương II").centered("KHUNG TIÊU CHÍ")
                .centered("Mục 1").centered("TẬP THỂ")
                .p("Điều 3. Khung tiêu chí tập thể")
                .p("1. Nội dung")
                .centered("MỤC 2. CÁ NHÂN")
                .p("Điều 4. Khung tiêu chí cá nhân")
                .bytes());
        assertEquals(List.of("C2", "C2.M1", "D3", "D3.K1", "C2.M2", "D4"), paths(outline));
        OutlineNode section = node(outline, "C2.M1");
        assertEquals(NodeKind.SECTION, section.kind());
        assertEquals("Mục 1", section.label());
        assertEquals("TẬP THỂ", section.title());
        assertEquals("Mục 1\nTẬP THỂ", section.text());
        assertEquals("CÁ NHÂN", node(outline, "C2.M2").title());
    }

    @Test
    void readsHeadingsSetInHeadingStyles() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .headingStyle("Heading1", "heading 1", null, 0)
                .headingStyle("Heading2", "heading 2", null, 0)
                .styled("Heading1", "Chương I")
                .styled("Heading1", "Quy định chung")
                .styled("Heading2", "Điều 1. Phạm vi điều chỉnh")
                .p("Quy định này áp dụng cho các cơ quan.")
                .bytes());
        assertEquals("Quy định chung", node(outline, "C1").title());
        assertEquals("Phạm vi điều chỉnh", node(outline, "D1").title());
        assertEquals("Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho các cơ quan.", node(outline, "D1").text());
    }

    @Test
    void skipsEmptyParagraphsAndPageBreaks() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .empty().p("   ").p("\u00A0")
                .p("Điều 1. Phạm vi")
                .empty()
                .p("1. Khoản một")
                .pageBreak()
                .p("2. Khoản hai")
                .bytes());
        assertEquals(List.of("D1", "D1.K1", "D1.K2"), paths(outline));
        assertEquals("1. Khoản một", node(outline, "D1.K1").text());
    }

    @Test
    void readsHeaderTableDraftMarkerTitleAndRecitals() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .table(List.of(List.of("TỈNH ỦY QUẢNG NGÃI", "ĐẢNG CỘNG SẢN VIỆT NAM"), List.of("*", "")))
                .centered("Dự thảo lần 2")
                .centered("QUY ĐỊNH").centered("về đánh giá cán bộ").centered("-----")
                .p("Căn cứ Điều lệ Đảng;")
                .p("QUYẾT ĐỊNH:")
                .p("Điều 1. Phạm vi")
                .bytes());
        assertEquals(List.of(List.of("TỈNH ỦY QUẢNG NGÃI", "ĐẢNG CỘNG SẢN VIỆT NAM"), List.of("*", "")),
                outline.header().rows());
        assertEquals("Dự thảo lần 2", outline.draftMarker());
        assertEquals(List.of("QUY ĐỊNH", "về đánh giá cán bộ"), outline.titleLines());
        assertEquals(List.of("Căn cứ Điều lệ Đảng;"), outline.recitals());
        assertEquals("QUYẾT ĐỊNH:", outline.enactingLine());
    }

    @Test
    void readsAnnexesAfterAPageBreakWithTheirTables() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Phạm vi")
                .pageBreak()
                .centered("PHỤ LỤC I").centered("BIỂU TỔNG HỢP").centered("(Kèm theo Quy định số 01)")
                .table(List.of(List.of("STT", "Nội dung"), List.of("1", "Điều 9. không phải một điều")))
                .p("Ghi chú: điền đầy đủ.")
                .pageBreak()
                .p("PHỤ LỤC II. MẪU BÁO CÁO")
                .p("1. Phần mở đầu")
                .bytes());
        assertEquals(List.of("D1"), outline.allArticles().stream().map(OutlineNode::path).toList());
        Annex first = outline.annexes().get(0);
        assertEquals("PL1", first.path());
        assertEquals("Phụ lục I", first.label());
        assertEquals("BIỂU TỔNG HỢP", first.title());
        assertEquals(List.of("BIỂU TỔNG HỢP", "(Kèm theo Quy định số 01)"), first.titleLines());
        assertEquals(List.of(List.of("STT", "Nội dung"), List.of("1", "Điều 9. không phải một điều")),
                first.tables().get(0).rows());
        assertEquals(List.of("Ghi chú: điền đầy đủ."), first.paragraphs());
        Annex second = outline.annexes().get(1);
        assertEquals("PL2", second.path());
        assertEquals("MẪU BÁO CÁO", second.title());
        assertEquals(List.of("1. Phần mở đầu"), second.paragraphs());
    }

    @Test
    void readsADraftWithoutChapters() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .centered("QUY CHẾ")
                .p("Điều 1. Phạm vi")
                .p("Điều 2. Đối tượng")
                .p("1. Cán bộ")
                .bytes());
        assertTrue(outline.chapters().isEmpty());
        assertEquals(List.of("D1", "D2"), outline.articles().stream().map(OutlineNode::path).toList());
        assertEquals("D2.K1", node(outline, "D2.K1").path());
    }

    @Test
    void keepsVietnamesePointLettersAsTyped() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Phạm vi").p("1. Gồm:")
                .p("a) một").p("b) hai").p("c) ba").p("d) bốn").p("đ) năm").p("e) sáu")
                .bytes());
        assertEquals(List.of("a", "b", "c", "d", "đ", "e"),
                node(outline, "D1.K1").children().stream().map(OutlineNode::number).toList());
        assertEquals("đ) năm", node(outline, "D1.K1.đ").text());
        assertEquals("Điểm đ", node(outline, "D1.K1.đ").label());
    }

    @Test
    void keepsUnnumberedParagraphsWithTheNodeAboveThem() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Phạm vi").p("Đoạn mở đầu.")
                .p("1. Khoản một:").p("Đoạn giải thích khoản.")
                .p("a) điểm a").p("Đoạn tiếp theo điểm a.")
                .p("1. Một danh sách lặp số trong khoản")
                .bytes());
        assertEquals("Điều 1. Phạm vi\nĐoạn mở đầu.", node(outline, "D1").text());
        assertEquals("1. Khoản một:\nĐoạn giải thích khoản.", node(outline, "D1.K1").text());
        assertEquals("a) điểm a\nĐoạn tiếp theo điểm a.\n1. Một danh sách lặp số trong khoản",
                node(outline, "D1.K1.a").text());
    }

    @Test
    void readsPointsTypedDirectlyUnderAnArticle() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 5. Các trường hợp").p("a) trường hợp một").p("b) trường hợp hai")
                .bytes());
        assertEquals(List.of("D5", "D5.a", "D5.b"), paths(outline));
    }

    @Test
    void matchesHeadingsTypedWithDecomposedAccents() {
        String decomposed = Normalizer.normalize("Điều 1. Phạm vi điều chỉnh", Normalizer.Form.NFD);
        Outline outline = DocxOutlineParser.parse(TestDocx.create().p(decomposed).bytes());
        assertEquals("Phạm vi điều chỉnh", node(outline, "D1").title());
        assertEquals(decomposed, node(outline, "D1").text());
    }

    @Test
    void separatesTheSignatureBlockFromTheLastArticle() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Hiệu lực").p("Quy định này có hiệu lực kể từ ngày ký.")
                .table(List.of(List.of("Nơi nhận:", "T/M BAN THƯỜNG VỤ")))
                .centered("BÍ THƯ")
                .bytes());
        assertEquals("Điều 1. Hiệu lực\nQuy định này có hiệu lực kể từ ngày ký.", node(outline, "D1").fullText());
        assertEquals(List.of("Nơi nhận: | T/M BAN THƯỜNG VỤ", "BÍ THƯ"), outline.closing());
    }
}

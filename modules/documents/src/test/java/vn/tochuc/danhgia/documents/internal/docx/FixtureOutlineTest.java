package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;

/** The real draft from the Provincial Party Organization Board, as the spike described it. */
class FixtureOutlineTest {

    private final Outline outline = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));

    private String text(String path) {
        return outline.find(path).orElseThrow(() -> new AssertionError("No node " + path)).text();
    }

    @Test
    void readsPointTextWithItsTypedLetter() {
        assertTrue(text("D3.K1.a").startsWith("a) Lãnh đạo, chỉ đạo công tác chính trị"), text("D3.K1.a"));
        assertEquals("b) Cán bộ giữ chức vụ cấp trưởng, cấp phó của cơ quan, đơn vị thuộc diện Ban Thường vụ Tỉnh ủy "
                + "quản lý (sau đây gọi chung là cá nhân).", text("D1.K2.b"));
    }

    @Test
    void articleTextIsHeadingPlusIntroBeforeFirstClause() {
        assertEquals("Điều 3. Khung tiêu chí đánh giá tập thể\nTổng điểm tối đa là 100 điểm, gồm:", text("D3"));
        assertEquals("Điều 6. Mức xếp loại", text("D6"));
        assertTrue(text("D8").startsWith("Điều 8. Thời gian thực hiện\nViệc đánh giá, xếp loại"));
    }

    @Test
    void clauseTextStopsAtItsFirstPoint() {
        assertEquals("1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 30 điểm, trong đó:",
                text("D3.K1"));
    }

    @Test
    void chapterTextKeepsBothHeadingLines() {
        OutlineNode chapter = outline.find("C2").orElseThrow();
        assertEquals("Chương II\nKHUNG TIÊU CHÍ VÀ THANG ĐIỂM", chapter.text());
        assertEquals("Chương II", chapter.label());
        assertEquals("KHUNG TIÊU CHÍ VÀ THANG ĐIỂM", chapter.title());
    }

    @Test
    void fullTextOfAnArticleShowsItAsTheDocumentDoes() {
        String full = outline.find("D3").orElseThrow().fullText();
        assertEquals(7, full.split("\n").length);
        assertTrue(full.endsWith("tỷ trọng điểm của từng chỉ tiêu."), full);
    }

    @Test
    void readsPreambleParts() {
        assertEquals(List.of("TỈNH ỦY QUẢNG NGÃI", "ĐẢNG CỘNG SẢN VIỆT NAM"), outline.header().rows().get(0));
        assertEquals(List.of("Số       -QĐ/TU", ""), outline.header().rows().get(2));
        assertEquals("DỰ THẢO", outline.draftMarker());
        assertEquals(2, outline.titleLines().size());
        assertEquals("QUY ĐỊNH", outline.titleLines().get(0));
        assertEquals(List.of("- Căn cứ Điều lệ Đảng;",
                "- Căn cứ Quy định số 124-QĐ/TW, ngày 04/10/2023 của Bộ Chính trị về việc kiểm điểm và đánh giá, "
                        + "xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị;",
                "- Xét đề nghị của Ban Tổ chức Tỉnh ủy,"), outline.recitals());
        assertEquals("Ban Thường vụ Tỉnh ủy quy định như sau:", outline.enactingLine());
    }

    @Test
    void readsAnnexTitleAndTableAsRowsOfCells() {
        assertEquals(1, outline.annexes().size());
        Annex annex = outline.annexes().get(0);
        assertEquals("PL1", annex.path());
        assertEquals("KHUNG TIÊU CHÍ ĐÁNH GIÁ, XẾP LOẠI CÁ NHÂN GIỮ CHỨC VỤ CẤP TRƯỞNG", annex.title());
        assertEquals("(Kèm theo Quy định số       -QĐ/TU của Ban Thường vụ Tỉnh ủy)", annex.titleLines().get(1));
        List<List<String>> rows = annex.tables().get(0).rows();
        assertEquals(7, rows.size());
        assertEquals(List.of("STT", "Tiêu chí", "Điểm tối đa", "Gợi ý cụ thể hóa"), rows.get(0));
        assertEquals(List.of("", "Tổng cộng", "100", ""), rows.get(6));
    }

    @Test
    void countsEveryCommentableNode() {
        List<OutlineNode> nodes = outline.commentable();
        assertEquals(4, nodes.stream().filter(n -> n.kind() == NodeKind.CHAPTER).count());
        assertEquals(10, nodes.stream().filter(n -> n.kind() == NodeKind.ARTICLE).count());
        assertEquals(21, nodes.stream().filter(n -> n.kind() == NodeKind.CLAUSE).count());
        assertEquals(11, nodes.stream().filter(n -> n.kind() == NodeKind.POINT).count());
        assertEquals("PL1", nodes.get(nodes.size() - 1).path());
    }

    @Test
    void copiedFixtureMatchesTheSharedOne() throws Exception {
        for (String name : List.of(Fixtures.DRAFT, Fixtures.DRAFT_OUTLINE)) {
            Path shared = Fixtures.shared(name);
            assumeTrue(shared != null && Files.isRegularFile(shared), "shared fixtures not on this machine");
            assertArrayEquals(Files.readAllBytes(shared), Fixtures.copied(name), name + " copy is stale");
        }
    }
}

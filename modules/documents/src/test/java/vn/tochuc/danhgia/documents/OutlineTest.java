package vn.tochuc.danhgia.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {

    private static OutlineNode node(NodeKind kind, String path, String number, String text, OutlineNode... children) {
        return new OutlineNode(kind, path, kind.name(), number, "", text, List.of(children));
    }

    private static Outline sample() {
        OutlineNode point = node(NodeKind.POINT, "D3.K1.a", "a", "a) Lãnh đạo");
        OutlineNode clause = node(NodeKind.CLAUSE, "D3.K1", "1", "1. Nhóm tiêu chí:", point);
        OutlineNode article = node(NodeKind.ARTICLE, "D3", "3", "Điều 3. Khung\nTổng điểm:", clause,
                node(NodeKind.CLAUSE, "D3.K2", "2", "2. Kết quả"));
        OutlineNode chapter = node(NodeKind.CHAPTER, "C2", "2", "Chương II\nKHUNG", article);
        Annex annex = new Annex("PL1", "Phụ lục", "1", "PHỤ LỤC", "BẢNG", List.of("BẢNG"),
                List.of(new Table(List.of(List.of("STT", "Tiêu chí"), List.of("1", "Chính trị"))),
                        new Paragraph("Ghi chú")));
        return new Outline(Table.empty(), "", List.of(), List.of(), "", List.of(chapter), List.of(), List.of(),
                List.of(annex));
    }

    @Test
    void findsNodesByPathIncludingAnnexes() {
        Outline outline = sample();
        assertEquals("a) Lãnh đạo", outline.find("D3.K1.a").orElseThrow().text());
        assertEquals(NodeKind.ANNEX, outline.find("PL1").orElseThrow().kind());
        assertTrue(outline.find("D9").isEmpty());
    }

    @Test
    void listsCommentableNodesInDocumentOrder() {
        List<String> paths = sample().commentable().stream().map(OutlineNode::path).toList();
        assertEquals(List.of("C2", "D3", "D3.K1", "D3.K1.a", "D3.K2", "PL1"), paths);
    }

    @Test
    void fullTextJoinsOwnTextAndDescendantsInOrder() {
        OutlineNode article = sample().find("D3").orElseThrow();
        assertEquals("Điều 3. Khung\nTổng điểm:\n1. Nhóm tiêu chí:\na) Lãnh đạo\n2. Kết quả", article.fullText());
    }

    @Test
    void annexTextKeepsTitleAndTableRowsInOrder() {
        Annex annex = sample().annexes().get(0);
        assertEquals("PHỤ LỤC\nBẢNG\nSTT | Tiêu chí\n1 | Chính trị\nGhi chú", annex.text());
        assertEquals(List.of("Ghi chú"), annex.paragraphs());
        assertEquals(1, annex.tables().size());
    }

    @Test
    void listsAllArticlesWhereverTheySit() {
        assertEquals(List.of("D3"), sample().allArticles().stream().map(OutlineNode::path).toList());
    }

    @Test
    void isImmutable() {
        List<OutlineNode> children = new ArrayList<>();
        OutlineNode article = new OutlineNode(NodeKind.ARTICLE, "D1", "Điều 1", "1", "", "Điều 1.", children);
        children.add(node(NodeKind.CLAUSE, "D1.K1", "1", "1. x"));
        assertTrue(article.children().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> article.children().add(article));
    }
}

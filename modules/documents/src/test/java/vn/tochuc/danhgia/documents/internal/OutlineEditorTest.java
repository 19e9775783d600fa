package vn.tochuc.danhgia.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/** The Board's corrections of a parsed draft before it is sent. */
class OutlineEditorTest {

    private final Outline draft = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));

    private static OutlineNode node(Outline outline, String path) {
        return outline.find(path).orElseThrow(() -> new AssertionError("no " + path));
    }

    @Test
    void storedFormReadsBackToAnEqualOutline() {
        assertEquals(draft, OutlineCodec.read(OutlineCodec.write(draft)));
    }

    @Test
    void renumberingAnArticleMovesThePathsOfEverythingInIt() {
        Outline edited = OutlineEditor.apply(draft, StructureEdit.update("D10", "11", null, null));

        assertTrue(edited.find("D10").isEmpty());
        assertEquals("Điều 11", node(edited, "D11").label());
        assertTrue(node(edited, "D11").text().startsWith("Điều 11. Hiệu lực thi hành"), node(edited, "D11").text());
    }

    @Test
    void changesTheTextAndTitleOfAClauseKeepingItsChildren() {
        Outline edited = OutlineEditor.apply(draft, StructureEdit.update("D3.K1", null, null, "1. Nội dung mới"));

        assertEquals("1. Nội dung mới", node(edited, "D3.K1").text());
        assertEquals(3, node(edited, "D3.K1").children().size());
    }

    @Test
    void mergesAClauseIntoThePreviousOne() {
        Outline edited = OutlineEditor.apply(draft, StructureEdit.of(StructureEdit.Op.MERGE, "D3.K2"));

        assertTrue(edited.find("D3.K2").isEmpty());
        assertTrue(node(edited, "D3.K1").fullText().contains(node(draft, "D3.K2").text()));
    }

    @Test
    void splitsAnArticleTextIntoANewArticleWithTheNextFreeNumber() {
        Outline edited = OutlineEditor.apply(draft, StructureEdit.split("D8", 1));

        assertEquals("Điều 8. Thời gian thực hiện", node(edited, "D8").text());
        OutlineNode created = node(edited, "D11");
        assertTrue(created.text().startsWith("Việc đánh giá"), created.text());
        assertEquals(11, edited.allArticles().size());
    }

    @Test
    void renumbersArticlesClausesAndPointsInDocumentOrder() {
        Outline gap = OutlineEditor.apply(draft, StructureEdit.of(StructureEdit.Op.DELETE, "D2"));
        assertTrue(gap.find("D2").isEmpty());

        Outline edited = OutlineEditor.apply(gap, StructureEdit.of(StructureEdit.Op.RENUMBER, null));

        assertEquals(9, edited.allArticles().size());
        assertTrue(node(edited, "D2").text().startsWith("Điều 2. Khung tiêu chí đánh giá tập thể"));
        assertTrue(node(edited, "D2.K1.c").text().startsWith("c)"));
        assertFalse(edited.find("D10").isPresent());
    }

    @Test
    void refusesTwoArticlesWithTheSameNumber() {
        AppException e = assertThrows(AppException.class,
                () -> OutlineEditor.apply(draft, StructureEdit.update("D4", "3", null, null)));

        assertEquals(ErrorKind.INVALID, e.kind());
        assertEquals("documents.edit.duplicate-path", e.key());
    }

    @Test
    void refusesAPathThatIsNotInTheDraft() {
        AppException e = assertThrows(AppException.class,
                () -> OutlineEditor.apply(draft, StructureEdit.update("D99", "3", null, null)));

        assertEquals(ErrorKind.NOT_FOUND, e.kind());
    }
}

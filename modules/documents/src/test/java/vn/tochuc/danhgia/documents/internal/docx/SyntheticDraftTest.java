package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;

class SyntheticDraftTest {

    @Test
    void generatesADraftWithTwoHundredArticlesThatParsesToTwoHundredArticles() {
        Outline outline = DocxOutlineParser.parse(SyntheticDraft.generate(200));
        assertEquals(200, outline.allArticles().size());
        assertEquals("D200", outline.allArticles().get(199).path());
    }

    @Test
    void parsesBackToExactlyTheOutlineItWrote() {
        assertEquals(SyntheticDraft.outline(200, 5), DocxOutlineParser.parse(SyntheticDraft.generate(200, 5)));
    }

    @Test
    void containsEveryKindOfPartARealDraftHas() {
        Outline outline = DocxOutlineParser.parse(SyntheticDraft.generate(60, 3));
        assertTrue(kinds(outline, NodeKind.SECTION) > 0);
        assertTrue(kinds(outline, NodeKind.CLAUSE) > 0);
        assertTrue(kinds(outline, NodeKind.POINT) > 0);
        assertTrue(outline.find("C1.M2").isPresent());
        assertFalse(outline.annexes().get(0).tables().get(0).rows().isEmpty());
        assertTrue(outline.isDraft());
        assertFalse(outline.closing().isEmpty());
    }

    @Test
    void givesTheSameDraftForTheSameSeed() {
        assertEquals(DocxOutlineParser.parse(SyntheticDraft.generate(30, 9)),
                DocxOutlineParser.parse(SyntheticDraft.generate(30, 9)));
        assertFalse(SyntheticDraft.outline(30, 9).equals(SyntheticDraft.outline(30, 10)));
    }

    private static long kinds(Outline outline, NodeKind kind) {
        return outline.commentable().stream().map(OutlineNode::kind).filter(kind::equals).count();
    }
}

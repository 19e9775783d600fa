package vn.tochuc.danhgia.consultations.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consultations.AnswerDraft;
import vn.tochuc.danhgia.consultations.CommentDraft;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/** What a unit may save: comments on nodes of the version, with a text; markup is kept as typed. */
class CommentChecksTest {

    private static final Map<String, NodeRef> NODES = Map.of(
            "D3", new NodeRef("D3", NodeKind.ARTICLE, "Điều 3", "Khung", "Điều 3. Khung", 0, "C2", "D3"),
            "D3.K1", new NodeRef("D3.K1", NodeKind.CLAUSE, "Khoản 1", "", "1. …", 1, "D3", "D3"));

    private static AnswerDraft draft(CommentDraft... comments) {
        return new AnswerDraft(Stance.COMMENTS, "", List.of(comments), 0L);
    }

    @Test
    void acceptsCommentsOnNodesOfTheVersionKeepingMarkupAsText() {
        assertDoesNotThrow(() -> CommentChecks.check(draft(new CommentDraft(null, "D3.K1",
                "<script>alert(1)</script>", null, null)), NODES, "Dự thảo lần 1"));
    }

    @Test
    void refusesACommentOnAPathNotInTheVersionNamingThePath() {
        AppException e = assertThrows(AppException.class, () -> CommentChecks.check(draft(
                new CommentDraft(null, "D3", "ok", null, null), new CommentDraft(null, "D9.K2", "x", null, null)),
                NODES, "Dự thảo lần 1"));

        assertEquals(ErrorKind.INVALID, e.kind());
        assertEquals("comments[1].path", e.fieldErrors().get(0).field());
        assertTrue(e.text(Messages.VIETNAMESE).contains("\"D9.K2\" không có trong Dự thảo lần 1"),
                e.text(Messages.VIETNAMESE));
    }

    @Test
    void refusesACommentWithoutTextOrProposedWording() {
        AppException e = assertThrows(AppException.class, () -> CommentChecks.check(draft(
                new CommentDraft(null, "D3", " ", "", "lý do")), NODES, "Dự thảo lần 1"));

        assertEquals("comments[0].text", e.fieldErrors().get(0).field());
    }

    @Test
    void requiresTheVersionTheClientRead() {
        AppException e = assertThrows(AppException.class, () -> CommentChecks.check(
                new AnswerDraft(Stance.AGREE, "", List.of(), null), NODES, "Dự thảo lần 1"));

        assertEquals("version", e.fieldErrors().get(0).field());
    }
}

package vn.tochuc.danhgia.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.internal.EditTracking.EditChange;
import vn.tochuc.danhgia.documents.internal.EditTracking.Edited;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;

/** What each kind of edit records in a version's change log, and where every node goes. */
class EditTrackingTest {

    private final Outline draft = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));

    @Test
    void aNewTextIsOneModificationWithTheOldAndNewText() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.update("D3.K1", null, null,
                "1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm, trong đó:"));

        assertEquals(1, edited.changes().size());
        EditChange change = edited.changes().get(0);
        assertEquals(ChangeKind.MODIFIED, change.kind());
        assertEquals("D3.K1", change.beforePath());
        assertEquals("D3.K1", change.afterPath());
        assertTrue(change.oldText().contains("tối đa 30 điểm"), change.oldText());
        assertTrue(change.newText().contains("tối đa 35 điểm"), change.newText());
        assertEquals("D3.K1.a", edited.renamed().get("D3.K1.a"));
    }

    @Test
    void aTextTypedWithoutItsNumberGetsTheNumberInFront() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.update("D6.K2", null, null,
                "Hoàn thành tốt nhiệm vụ: đạt từ 75 điểm đến dưới 90 điểm."));

        assertEquals("2. Hoàn thành tốt nhiệm vụ: đạt từ 75 điểm đến dưới 90 điểm.",
                edited.outline().find("D6.K2").orElseThrow().text());
    }

    @Test
    void renumberingAfterADeletionRecordsRenumberingNotNewNodes() {
        Outline gap = OutlineEditor.apply(draft, StructureEdit.of(StructureEdit.Op.DELETE, "D2"));

        Edited edited = OutlineEditor.applyTracked(gap, StructureEdit.of(StructureEdit.Op.RENUMBER, null));

        assertEquals("D2", edited.renamed().get("D3"));
        assertEquals("D2.K1.c", edited.renamed().get("D3.K1.c"));
        assertTrue(edited.changes().stream().allMatch(c -> c.kind() == ChangeKind.RENUMBERED), edited.changes()
                .toString());
        EditChange d3 = edited.changes().stream().filter(c -> "D3".equals(c.beforePath())).findFirst().orElseThrow();
        assertEquals("D2", d3.afterPath());
        assertEquals(8, edited.changes().size(), "articles 3 to 10, nothing inside them changed its own number");
    }

    @Test
    void insertingAClauseAddsItWithItsNumberTyped() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.insertAfter("D6.K5", null, null,
                "Tập thể, cá nhân không tự chấm điểm thì không được xét xếp loại cao hơn."));

        assertEquals(List.of(ChangeKind.ADDED), edited.changes().stream().map(EditChange::kind).toList());
        assertEquals("D6.K6", edited.changes().get(0).afterPath());
        assertNull(edited.changes().get(0).beforePath());
        assertTrue(edited.outline().find("D6.K6").orElseThrow().text().startsWith("6. Tập thể"));
    }

    @Test
    void insertingAnArticleTypesItsHeadingWithTheTitle() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.insertAfter("D10", null, "Điều khoản chuyển tiếp",
                "Kết quả đánh giá năm 2023 thực hiện theo Quy định này."));

        var created = edited.outline().find("D11").orElseThrow();
        assertEquals("Điều 11. Điều khoản chuyển tiếp\nKết quả đánh giá năm 2023 thực hiện theo Quy định này.",
                created.text());
        assertEquals("Điều khoản chuyển tiếp", created.title());
    }

    @Test
    void mergingRecordsTheAbsorbingNodeModifiedAndTheMergedOneDeleted() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.of(StructureEdit.Op.MERGE, "D2.K3"));

        assertEquals(List.of(ChangeKind.MODIFIED, ChangeKind.DELETED),
                edited.changes().stream().map(EditChange::kind).toList());
        assertEquals("D2.K2", edited.changes().get(0).afterPath());
        assertEquals("D2.K3", edited.changes().get(1).beforePath());
        assertNull(edited.renamed().get("D2.K3"));
    }

    @Test
    void deletingAnArticleRecordsItsWholeTextAndDropsItsNodesFromTheMap() {
        Edited edited = OutlineEditor.applyTracked(draft, StructureEdit.of(StructureEdit.Op.DELETE, "D8"));

        assertEquals(1, edited.changes().size());
        assertEquals(ChangeKind.DELETED, edited.changes().get(0).kind());
        assertTrue(edited.changes().get(0).oldText().startsWith("Điều 8. Thời gian thực hiện"));
        assertNull(edited.renamed().get("D8"));
        assertEquals("PL1", edited.renamed().get("PL1"));
    }
}

package vn.tochuc.danhgia.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.ArticleDiff;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.NodeDiff;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionChange;
import vn.tochuc.danhgia.documents.internal.EditTracking.Edited;
import vn.tochuc.danhgia.documents.internal.VersionDiffer.Links;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;

/** Differences between two versions, per article, with and without the nodes' lineage. */
class VersionDifferTest {

    private final Outline v1 = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));

    /** The article at this path in the later version (a deleted one may have had the same path). */
    private static ArticleDiff article(List<ArticleDiff> diff, String path) {
        return diff.stream().filter(a -> a.path().equals(path) && a.change() != ChangeKind.DELETED).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + path + " in " + diff));
    }

    private static NodeDiff node(ArticleDiff article, String path) {
        return article.nodes().stream().filter(n -> path.equals(n.path())).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + path + " in " + article));
    }

    /** Applies edits one after another, composing their path maps as the stored node origins do. */
    private record Revised(Outline outline, Map<String, String> lineage) {}

    private Revised revise(StructureEdit... edits) {
        Outline current = v1;
        Map<String, String> origin = new HashMap<>();
        for (var n : OutlineNodes.of(v1)) {
            origin.put(n.path(), n.path());
        }
        for (StructureEdit edit : edits) {
            Edited edited = OutlineEditor.applyTracked(current, edit);
            origin = ChangeLog.originsAfter(edited, origin);
            current = edited.outline();
        }
        return new Revised(current, origin);
    }

    @Test
    void identicalVersionsHaveNoChangedArticle() {
        List<ArticleDiff> diff = VersionDiffer.diff(OutlineNodes.of(v1), OutlineNodes.of(v1), null, Links.none());

        assertTrue(diff.stream().noneMatch(ArticleDiff::changed));
        assertTrue(diff.stream().allMatch(a -> a.nodes().isEmpty()));
    }

    @Test
    void aModifiedClauseShowsBothTextsAndTheCommentsItAnswers() {
        Revised v2 = revise(StructureEdit.update("D3.K1", null, null,
                "1. Nhóm tiêu chí về xây dựng Đảng và hệ thống chính trị: tối đa 35 điểm, trong đó:"));
        VersionChange change = new VersionChange(7, 2, 1, ChangeKind.MODIFIED, "D3.K1", "D3.K1", "Khoản 1", "a", "b",
                List.of(41L, 42L), Instant.now(), "board");

        List<ArticleDiff> diff = VersionDiffer.diff(OutlineNodes.of(v1), OutlineNodes.of(v2.outline()), v2.lineage(),
                new Links(Map.of("D3.K1", List.of(change)), Map.of()));

        ArticleDiff d3 = article(diff, "D3");
        assertEquals(ChangeKind.MODIFIED, d3.change());
        NodeDiff k1 = node(d3, "D3.K1");
        assertEquals(ChangeKind.MODIFIED, k1.change());
        assertTrue(k1.oldText().contains("30 điểm") && k1.newText().contains("35 điểm"));
        assertEquals(List.of(41L, 42L), k1.commentIds());
        assertEquals(List.of(7L), k1.changeIds());
        assertEquals(ChangeKind.UNCHANGED, node(d3, "D3.K1.a").change(), "context is kept");
        assertEquals(ChangeKind.UNCHANGED, article(diff, "D4").change());
        assertEquals(List.of(), article(diff, "D4").nodes());
    }

    @Test
    void withLineageADeletedArticleAndTheRenumberingAreRecognised() {
        Revised v2 = revise(StructureEdit.of(StructureEdit.Op.DELETE, "D2"),
                StructureEdit.of(StructureEdit.Op.RENUMBER, null));

        List<ArticleDiff> diff = VersionDiffer.diff(OutlineNodes.of(v1), OutlineNodes.of(v2.outline()), v2.lineage(),
                Links.none());

        ArticleDiff gone = diff.stream().filter(a -> a.change() == ChangeKind.DELETED).findFirst().orElseThrow();
        assertEquals("D2", gone.path());
        assertEquals("Nguyên tắc đánh giá, xếp loại", gone.title());
        ArticleDiff moved = article(diff, "D2");
        assertEquals(ChangeKind.RENUMBERED, moved.change());
        NodeDiff heading = node(moved, "D2");
        assertEquals("D3", heading.fromPath());
        assertEquals(ChangeKind.RENUMBERED, heading.change());
        assertEquals(ChangeKind.UNCHANGED, node(moved, "D2.K1.a").change(), "moved with its article, not renumbered");
        assertTrue(diff.indexOf(gone) < diff.indexOf(moved), "the deleted article stays where it was");
    }

    @Test
    void withoutLineageRenumberedArticlesArePairedByTheirText() {
        Revised v2 = revise(StructureEdit.of(StructureEdit.Op.DELETE, "D2"),
                StructureEdit.of(StructureEdit.Op.RENUMBER, null));

        List<ArticleDiff> diff = VersionDiffer.diff(OutlineNodes.of(v1), OutlineNodes.of(v2.outline()), null,
                Links.none());

        assertEquals(ChangeKind.RENUMBERED, article(diff, "D2").change());
        assertEquals("D3", node(article(diff, "D2"), "D2").fromPath());
        assertEquals(1, diff.stream().filter(a -> a.change() == ChangeKind.DELETED).count());
        assertFalse(diff.stream().anyMatch(a -> a.change() == ChangeKind.MODIFIED), diff.toString());
    }

    @Test
    void anAddedClauseAndADeletedPointAreShownInTheirArticleWithTheirLinks() {
        Revised v2 = revise(StructureEdit.insertAfter("D6.K5", null, null, "Nội dung bổ sung theo ý kiến đơn vị."),
                StructureEdit.of(StructureEdit.Op.DELETE, "D4.K2.c"));
        VersionChange added = new VersionChange(1, 2, 1, ChangeKind.ADDED, "D6.K6", null, "Khoản 6", null, "x",
                List.of(5L), Instant.now(), "board");
        VersionChange deleted = new VersionChange(2, 2, 2, ChangeKind.DELETED, null, "D4.K2.c", "Điểm c", "y", null,
                List.of(6L), Instant.now(), "board");

        List<ArticleDiff> diff = VersionDiffer.diff(OutlineNodes.of(v1), OutlineNodes.of(v2.outline()), v2.lineage(),
                new Links(Map.of("D6.K6", List.of(added)), Map.of("D4.K2.c", List.of(deleted))));

        NodeDiff k6 = node(article(diff, "D6"), "D6.K6");
        assertEquals(ChangeKind.ADDED, k6.change());
        assertEquals(List.of(5L), k6.commentIds());
        ArticleDiff d4 = article(diff, "D4");
        NodeDiff c = node(d4, "D4.K2.c");
        assertEquals(ChangeKind.DELETED, c.change());
        assertEquals(List.of(6L), c.commentIds());
        assertEquals("D4.K2.c", d4.nodes().get(d4.nodes().size() - 1).path(), "after the point before it");
    }
}

package vn.tochuc.danhgia.documents.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.StructureEdit;

/**
 * Applies one {@link StructureEdit} to an outline and gives the corrected outline, with every path recomputed from
 * the numbers. Pure: no database, so the rules are unit-tested. Refuses an edit that would leave the document
 * without an article or with two nodes of the same path.
 *
 * <p>{@link #applyTracked} also tells where every node went (old path → new path) and what the edit did to which
 * node, for the version's change log: nodes are followed by identity through the edit, so a renumbering is never
 * mistaken for a deletion plus an addition. The edits themselves are {@link NodeEdits} and {@link Renumbering}.
 */
public final class OutlineEditor {

    private OutlineEditor() {}

    public static Outline apply(Outline outline, StructureEdit edit) {
        return applyTracked(outline, edit).outline();
    }

    /** The corrected outline, where each surviving node went, and what the edit did. */
    static EditTracking.Edited applyTracked(Outline outline, StructureEdit edit) {
        EditableOutline editable = new EditableOutline(outline);
        Map<EditableNode, String> before = new IdentityHashMap<>();
        editable.record(outline, before);
        if (edit.op() == StructureEdit.Op.RENUMBER) {
            new Renumbering(editable).renumber();
        } else {
            EditableOutline.Place place = editable.find(edit.path());
            NodeEdits edits = new NodeEdits(editable);
            switch (edit.op()) {
                case UPDATE -> edits.update(place, edit);
                case MERGE -> edits.merge(place);
                case SPLIT -> edits.split(place, edit);
                case INSERT -> edits.insert(place, edit);
                default -> edits.delete(place);
            }
        }
        Outline result = editable.build(true);
        Map<EditableNode, String> after = new IdentityHashMap<>();
        editable.record(result, after);
        return EditTracking.edited(result, before, after, editable.touches(), outline.annexes());
    }
}

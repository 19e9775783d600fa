package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.internal.EditableOutline.Touch;

/**
 * Turns what {@link OutlineEditor} did into change-log entries and an old-path → new-path map, from the nodes it
 * touched and the paths every node had before and after the edit.
 */
final class EditTracking {

    private EditTracking() {}

    /** One change of one node made by one edit. Paths are in the version's outline before and after the edit. */
    record EditChange(ChangeKind kind, String beforePath, String afterPath, String label, String oldText,
            String newText) {}

    /**
     * The result of a tracked edit.
     *
     * @param renamed for every node that survived the edit, its path before → its path after (most are equal)
     * @param changes what the edit did, one entry per node it changed
     */
    record Edited(Outline outline, Map<String, String> renamed, List<EditChange> changes) {}

    static Edited edited(Outline result, Map<EditableNode, String> before, Map<EditableNode, String> after,
            List<Touch> touches, List<Annex> annexes) {
        Map<String, String> renamed = new HashMap<>();
        before.forEach((node, path) -> {
            String now = after.get(node);
            if (now != null) {
                renamed.put(path, now);
            }
        });
        annexes.forEach(a -> renamed.put(a.path(), a.path()));
        List<EditChange> changes = new ArrayList<>();
        Map<EditableNode, Boolean> seen = new IdentityHashMap<>();
        for (Touch t : touches) {
            if (seen.put(t.node(), Boolean.TRUE) == null) {
                EditChange change = change(t, before.get(t.node()), after.get(t.node()));
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        return new Edited(result, Map.copyOf(renamed), List.copyOf(changes));
    }

    private static EditChange change(Touch t, String beforePath, String afterPath) {
        EditableNode node = t.node();
        if (t.kind() == ChangeKind.ADDED) {
            return new EditChange(ChangeKind.ADDED, null, afterPath, node.label, null, node.text);
        }
        if (t.kind() == ChangeKind.DELETED || afterPath == null) {
            return new EditChange(ChangeKind.DELETED, beforePath, null, node.label, t.oldText(), null);
        }
        boolean textChanged = !Numbering.withoutNumber(node.kind, t.oldText())
                .equals(Numbering.withoutNumber(node.kind, node.text)) || !same(t.oldTitle(), node.title);
        if (textChanged) {
            return new EditChange(ChangeKind.MODIFIED, beforePath, afterPath, node.label, t.oldText(), node.text);
        }
        if (!node.number.equals(t.oldNumber())) {
            return new EditChange(ChangeKind.RENUMBERED, beforePath, afterPath, node.label, t.oldText(), node.text);
        }
        return null;
    }

    private static boolean same(String a, String b) {
        return (a == null ? "" : a.strip()).equals(b == null ? "" : b.strip());
    }

    /** The node with everything in it, as {@link vn.tochuc.danhgia.documents.OutlineNode#fullText()} gives it. */
    static String fullText(EditableNode node) {
        StringBuilder out = new StringBuilder(node.text);
        for (EditableNode child : node.children) {
            String part = fullText(child);
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(part);
            }
        }
        return out.toString();
    }
}

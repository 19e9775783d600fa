package vn.tochuc.danhgia.documents.internal;

import static vn.tochuc.danhgia.documents.internal.EditableOutline.invalid;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.internal.EditableOutline.Place;

/**
 * The edits of one node of an {@link EditableOutline}: change its number, title or text, insert a node after it,
 * delete it, merge it into the previous node of its kind, split it at a line. Each notes what it touched. Pure.
 */
final class NodeEdits {

    private final EditableOutline outline;

    NodeEdits(EditableOutline outline) {
        this.outline = outline;
    }

    void update(Place place, StructureEdit edit) {
        EditableNode node = place.node();
        outline.touch(node, ChangeKind.MODIFIED);
        if (edit.number() != null && !edit.number().equals(node.number)) {
            requireValid(node.kind, edit.number());
            node.text = Numbering.retype(node.kind, node.text, edit.number());
            node.number = edit.number();
            node.label = Numbering.label(node.kind, edit.number());
        }
        if (edit.title() != null) {
            node.title = edit.title().strip();
        }
        if (edit.text() != null) {
            if (edit.text().isBlank()) {
                throw invalid("documents.edit.text-required");
            }
            node.text = Numbering.typed(node.kind, edit.text().strip(), node.number, node.title);
            if (edit.title() == null) {
                node.title = Numbering.headingTitle(node.kind, node.text, node.title);
            }
        }
    }

    void insert(Place place, StructureEdit edit) {
        EditableNode after = place.node();
        if (edit.text() == null || edit.text().isBlank()) {
            throw invalid("documents.edit.text-required");
        }
        String number = numberOf(edit, place.siblings(), after);
        String title = edit.title() == null ? "" : edit.title().strip();
        String text = Numbering.typed(after.kind, edit.text().strip(), number, title);
        EditableNode created = new EditableNode(after.kind, number, Numbering.label(after.kind, number),
                Numbering.headingTitle(after.kind, text, title), text);
        place.siblings().add(place.index() + 1, created);
        outline.added(created);
    }

    void delete(Place place) {
        EditableNode node = place.node();
        outline.deleted(node);
        place.siblings().remove(place.index());
    }

    void merge(Place place) {
        EditableNode node = place.node();
        int previous = place.index() - 1;
        while (previous >= 0 && place.siblings().get(previous).kind != node.kind) {
            previous--;
        }
        if (previous < 0) {
            throw invalid("documents.edit.merge-first", node.label);
        }
        EditableNode into = place.siblings().get(previous);
        outline.touch(into, ChangeKind.MODIFIED);
        outline.touch(node, ChangeKind.DELETED);
        into.text = into.text + "\n" + node.text;
        into.children.addAll(node.children);
        place.siblings().remove(place.index());
    }

    void split(Place place, StructureEdit edit) {
        EditableNode node = place.node();
        String[] lines = node.text.split("\n");
        int at = edit.line() == null ? -1 : edit.line();
        if (at < 1 || at >= lines.length) {
            throw invalid("documents.edit.bad-line", lines.length - 1);
        }
        String number = numberOf(edit, place.siblings(), node);
        outline.touch(node, ChangeKind.MODIFIED);
        EditableNode rest = new EditableNode(node.kind, number, Numbering.label(node.kind, number), "",
                String.join("\n", Arrays.copyOfRange(lines, at, lines.length)));
        outline.added(rest);
        rest.children.addAll(node.children);
        node.children.clear();
        node.text = String.join("\n", Arrays.copyOfRange(lines, 0, at));
        place.siblings().add(place.index() + 1, rest);
    }

    /** The number asked for, or the first one free among the node's siblings (among all điều for a điều). */
    private String numberOf(StructureEdit edit, List<EditableNode> siblings, EditableNode node) {
        String number = edit.number() != null ? edit.number() : nextFree(siblings, node);
        requireValid(node.kind, number);
        return number;
    }

    private String nextFree(List<EditableNode> siblings, EditableNode node) {
        Set<String> taken = new HashSet<>();
        (node.kind == NodeKind.ARTICLE ? outline.allArticles() : siblings).forEach(n -> taken.add(n.number));
        for (int i = 1; ; i++) {
            String candidate = Numbering.nth(node.kind, i);
            if (!taken.contains(candidate) || "z".equals(candidate)) {
                return candidate;
            }
        }
    }

    private static void requireValid(NodeKind kind, String number) {
        if (!Numbering.valid(kind, number)) {
            throw invalid("documents.edit.bad-number", number);
        }
    }
}

package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.OutlineNode;

/** A mutable copy of an {@link OutlineNode} for {@link EditableOutline}; paths are recomputed when it is frozen. */
final class EditableNode {

    final NodeKind kind;
    String number;
    String label;
    String title;
    String text;
    final List<EditableNode> children = new ArrayList<>();

    EditableNode(NodeKind kind, String number, String label, String title, String text) {
        this.kind = kind;
        this.number = number;
        this.label = label;
        this.title = title;
        this.text = text;
    }

    static EditableNode of(OutlineNode node) {
        EditableNode copy = new EditableNode(node.kind(), node.number(), node.label(), node.title(), node.text());
        node.children().forEach(child -> copy.children.add(of(child)));
        return copy;
    }

    /** The immutable node with its path and the paths of everything in it computed from the numbers. */
    OutlineNode freeze(String parentPath) {
        String path = switch (kind) {
            case CHAPTER -> "C" + number;
            case SECTION -> parentPath + ".M" + number;
            case ARTICLE -> "D" + number;
            case CLAUSE -> parentPath + ".K" + number;
            default -> parentPath + "." + number;
        };
        return new OutlineNode(kind, path, label, number, title, text,
                children.stream().map(child -> child.freeze(path)).toList());
    }
}

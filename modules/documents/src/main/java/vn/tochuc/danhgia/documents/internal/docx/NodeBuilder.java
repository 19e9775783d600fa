package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.OutlineNode;

/** A node while the document is being read: its own lines grow until the next node starts. */
final class NodeBuilder {

    final NodeKind kind;
    final String path;
    final String label;
    final String number;
    String title;
    final List<NodeBuilder> children = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();
    /** The last khoản number seen in an article, so that a lower or repeated number reads as text. */
    int lastClause;
    /** The position of the last điểm letter seen under this node, for the same reason. */
    int lastPoint = -1;

    NodeBuilder(NodeKind kind, String path, String label, String number, String title, String firstLine) {
        this.kind = kind;
        this.path = path;
        this.label = label;
        this.number = number;
        this.title = title;
        lines.add(firstLine);
    }

    void add(String line) {
        lines.add(line);
    }

    NodeBuilder child(NodeBuilder child) {
        children.add(child);
        return child;
    }

    boolean hasChild(NodeKind wanted) {
        return children.stream().anyMatch(child -> child.kind == wanted);
    }

    OutlineNode build() {
        List<OutlineNode> built = children.stream().map(NodeBuilder::build).toList();
        return new OutlineNode(kind, path, label, number, title, String.join("\n", lines), built);
    }
}

package vn.tochuc.danhgia.documents;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One part of a draft: a chương, mục, điều, khoản or điểm (or a whole phụ lục, see {@link Annex#node()}).
 *
 * <p>What {@code text} holds is the same rule for every kind: the node's <em>own</em> paragraphs, exactly as typed,
 * joined with {@code \n}, starting with the paragraph that opens the node and stopping where its first child
 * begins. So an article's text is its heading line ("Điều 3. Khung tiêu chí đánh giá tập thể") followed by its
 * intro paragraphs before khoản 1; a khoản's text is "1. …" followed by any unnumbered paragraph before its first
 * điểm; a chương's text is "Chương I" and its title line (or the single line "Chương I. TITLE"). Paragraphs that
 * follow the last child (an unnumbered paragraph after the last điểm) belong to that last child, as they do when one
 * reads the document top-down. {@link #fullText()} adds the children, giving the node as the document shows it.
 *
 * @param kind what the node is
 * @param path the stable address of the node, e.g. {@code D3.K1.a} (see the package documentation)
 * @param label how a reader names the node: "Chương II", "Mục 1", "Điều 3", "Khoản 1", "Điểm đ", "Phụ lục I"
 * @param number the number as used in the path: arabic digits ("2" for Chương II), or the letter of a điểm
 * @param title the title of a chương, mục, điều or phụ lục with whitespace collapsed; {@code ""} for khoản and điểm
 * @param text the node's own paragraphs, see above
 * @param children the parts directly inside this node, in document order
 */
public record OutlineNode(
        NodeKind kind, String path, String label, String number, String title, String text,
        List<OutlineNode> children) {

    public OutlineNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(number, "number");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        children = List.copyOf(children);
    }

    /** The number as an int; for a điểm (a letter) this throws, so ask only for the other kinds. */
    public int numberValue() {
        return Integer.parseInt(number);
    }

    /** The node with everything inside it, in document order: its text, then each child's full text. */
    public String fullText() {
        StringBuilder out = new StringBuilder(text);
        for (OutlineNode child : children) {
            String part = child.fullText();
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(part);
            }
        }
        return out.toString();
    }

    /** The children of one kind, e.g. the khoản of an điều without the điểm that sit directly under it. */
    public List<OutlineNode> children(NodeKind wanted) {
        return children.stream().filter(child -> child.kind == wanted).toList();
    }

    /** This node and every node inside it, in document order (parents before their children). */
    public Stream<OutlineNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(OutlineNode::flatten));
    }

    /** The node with this path among this node and its descendants. */
    public Optional<OutlineNode> find(String wanted) {
        return flatten().filter(node -> node.path.equals(wanted)).findFirst();
    }
}

package vn.tochuc.danhgia.documents;

/**
 * A commentable node of a version, flattened: what comments point at and what screens list.
 *
 * @param path the stable path, e.g. {@code D3.K1.a}
 * @param kind what it is
 * @param label "Điều 3", "Khoản 1", "Điểm a", "Chương II", "Phụ lục"
 * @param title the title of a chương, mục, điều or phụ lục, else {@code ""}
 * @param text the node's own text (see {@link OutlineNode})
 * @param order its position in document order, from 0
 * @param parentPath the path of the node that contains it, or null at the top
 * @param articlePath the điều it belongs to (itself for an article), or null for chương, mục and phụ lục
 */
public record NodeRef(String path, NodeKind kind, String label, String title, String text, int order,
        String parentPath, String articlePath) {

    /** "Điều 3 › Khoản 1 › Điểm a" for people; chương, mục and phụ lục are named by their label. */
    public String reference() {
        if (articlePath == null) {
            return label;
        }
        StringBuilder out = new StringBuilder();
        for (String segment : path.split("\\.")) {
            out.append(out.length() == 0 ? "" : " › ");
            if (segment.startsWith("D") && segment.length() > 1 && Character.isDigit(segment.charAt(1))) {
                out.append("Điều ").append(segment.substring(1));
            } else if (segment.startsWith("K") && segment.length() > 1 && Character.isDigit(segment.charAt(1))) {
                out.append("Khoản ").append(segment.substring(1));
            } else {
                out.append("Điểm ").append(segment);
            }
        }
        return out.toString();
    }
}

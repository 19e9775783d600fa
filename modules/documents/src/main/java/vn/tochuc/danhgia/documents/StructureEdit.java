package vn.tochuc.danhgia.documents;

/**
 * One correction of a parsed structure, made by the Board before the version is sent.
 *
 * <ul>
 *   <li>{@code UPDATE}: give the node at {@code path} a new {@code number}, {@code title} and/or {@code text}
 *       (null leaves a field as it is); paths below it follow the new number;</li>
 *   <li>{@code MERGE}: the node's text and children are appended to its previous sibling of the same kind, and the
 *       node goes away (a paragraph the parser took for a new khoản or điểm);</li>
 *   <li>{@code SPLIT}: the node's text is cut before line {@code line} (from 0); the rest becomes a new sibling of the
 *       same kind right after it, numbered {@code number} (default: the next free one);</li>
 *   <li>{@code DELETE}: the node and everything in it go away;</li>
 *   <li>{@code INSERT}: a new node of the same kind as the one at {@code path} goes right after it, numbered
 *       {@code number} (default: the next free one), with {@code text} (its number is typed in front when missing)
 *       and, for an article, {@code title};</li>
 *   <li>{@code RENUMBER}: the articles of the whole document are numbered 1, 2, … in order, and in each of them the
 *       khoản 1, 2, … and điểm a, b, c, d, đ, e, … ({@code path} is ignored).</li>
 * </ul>
 */
public record StructureEdit(Op op, String path, String number, String title, String text, Integer line) {

    /** The kinds of correction. */
    public enum Op { UPDATE, MERGE, SPLIT, DELETE, RENUMBER, INSERT }

    public static StructureEdit update(String path, String number, String title, String text) {
        return new StructureEdit(Op.UPDATE, path, number, title, text, null);
    }

    public static StructureEdit of(Op op, String path) {
        return new StructureEdit(op, path, null, null, null, null);
    }

    public static StructureEdit insertAfter(String path, String number, String title, String text) {
        return new StructureEdit(Op.INSERT, path, number, title, text, null);
    }

    public static StructureEdit split(String path, int line) {
        return new StructureEdit(Op.SPLIT, path, null, null, null, line);
    }
}

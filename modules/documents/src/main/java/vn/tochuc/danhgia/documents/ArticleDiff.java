package vn.tochuc.danhgia.documents;

import java.util.List;

/**
 * The difference for one article (with its clauses and points), or for a chapter, section or annex heading, which
 * each stand alone.
 *
 * @param path the article's path in the later version (the earlier one when the article was deleted)
 * @param label "Điều 3"
 * @param title the article's title
 * @param change UNCHANGED when nothing in it changed, ADDED or DELETED when the article itself is new or gone,
 *     RENUMBERED when only numbers changed, MODIFIED otherwise
 * @param nodes for a changed article, every node of it in document order (unchanged ones too, for context);
 *     empty for an unchanged article
 */
public record ArticleDiff(String path, String label, String title, ChangeKind change, List<NodeDiff> nodes) {

    public ArticleDiff {
        nodes = List.copyOf(nodes);
    }

    public boolean changed() {
        return change != ChangeKind.UNCHANGED;
    }
}

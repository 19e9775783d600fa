package vn.tochuc.danhgia.documents;

import java.util.List;

/**
 * The difference between two versions of a document, article by article in the later version's order (deleted
 * articles where they used to be).
 *
 * <p>When the later version was revised from the earlier one (directly or through other revisions), nodes are
 * matched by their lineage, so renumbering is recognised exactly. Otherwise (a version uploaded as a new file) they
 * are matched by their text without numbers, then by path.
 *
 * @param byLineage whether nodes were matched by lineage rather than by text and path
 * @param modified nodes whose text changed
 * @param added nodes new in the later version
 * @param deleted nodes gone from it
 * @param renumbered nodes whose own number changed, text unchanged
 * @param articles every article and heading, in order; only changed ones carry nodes
 */
public record VersionDiff(long documentId, long fromVersionId, int fromNumber, long toVersionId, int toNumber,
        boolean byLineage, int modified, int added, int deleted, int renumbered, List<ArticleDiff> articles) {

    public VersionDiff {
        articles = List.copyOf(articles);
    }

    public List<ArticleDiff> changedArticles() {
        return articles.stream().filter(ArticleDiff::changed).toList();
    }
}

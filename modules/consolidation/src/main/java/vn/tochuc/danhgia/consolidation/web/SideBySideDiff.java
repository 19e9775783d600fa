package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.consolidation.DispositionView;
import vn.tochuc.danhgia.consolidation.LinkedComment;
import vn.tochuc.danhgia.consolidation.RevisionDiff;
import vn.tochuc.danhgia.documents.ArticleDiff;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeDiff;
import vn.tochuc.danhgia.documents.NodeKind;

/**
 * The difference between the commented and the revised version as the editor shows it ({@code versionEditor.diff}):
 * article by article, each node's words before and after, with the comments its changes answer.
 */
public class SideBySideDiff implements Serializable {

    private static final long serialVersionUID = 1L;

    private final RevisionDiff diff;

    SideBySideDiff(RevisionDiff diff) {
        this.diff = diff;
    }

    /** The article at {@code path} in the revised version, unless it was deleted; null when there is none. */
    ArticleDiff article(String path) {
        return diff.diff().articles().stream().filter(a -> a.path().equals(path)
                && a.change() != ChangeKind.DELETED).findFirst().orElse(null);
    }

    /**
     * The comments a change in the article at {@code path} may answer: those on its parts in the commented version
     * (where {@code a}, its difference if known, says it was) or at its path now.
     */
    static List<DispositionView> commentsFor(ArticleDiff a, String path, List<DispositionView> comments) {
        String origin = a == null ? path : a.nodes().stream().filter(n -> n.kind() == NodeKind.ARTICLE)
                .map(NodeDiff::fromPath).filter(p -> p != null).findFirst().orElse(path);
        return comments.stream().filter(c -> c.path().equals(origin) || c.path().startsWith(origin + ".")
                || c.path().equals(path) || c.path().startsWith(path + ".")).toList();
    }

    public List<ArticleDiff> getChangedArticles() {
        return diff.diff().changedArticles();
    }

    public List<LinkedComment> linked(NodeDiff node) {
        Map<Long, LinkedComment> byId = new HashMap<>();
        diff.comments().forEach(c -> byId.put(c.commentId(), c));
        return node.commentIds().stream().map(byId::get).filter(c -> c != null).toList();
    }

    public List<WordDiff.Segment> before(NodeDiff node) {
        return WordDiff.before(node.oldText(), node.newText());
    }

    public List<WordDiff.Segment> after(NodeDiff node) {
        return WordDiff.after(node.oldText(), node.newText());
    }
}

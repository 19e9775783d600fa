package vn.tochuc.danhgia.consultations;

import java.util.List;
import vn.tochuc.danhgia.documents.NodeKind;

/**
 * The submitted comments on one node, in document order. {@code articleTotal} counts the comments on an article and
 * everything inside it (for article nodes; else the node's own count).
 */
public record NodeComments(String path, NodeKind kind, String label, String reference, String text, int order,
        int count, int articleTotal, List<SubmittedComment> comments) {

    public NodeComments {
        comments = List.copyOf(comments);
    }
}

package vn.tochuc.danhgia.consultations;

import java.util.List;

/** Everything the units submitted: comments grouped by node in document order, and the general comments. */
public record CommentsByNode(long consultationId, int total, List<NodeComments> nodes, List<GeneralComment> general) {

    public CommentsByNode {
        nodes = List.copyOf(nodes);
        general = List.copyOf(general);
    }
}

package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.documents.Annex;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.NodeRef;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;

/** Flattens an outline into its commentable nodes in document order, each knowing its parent and article. */
public final class OutlineNodes {

    private OutlineNodes() {}

    public static List<NodeRef> of(Outline outline) {
        List<NodeRef> out = new ArrayList<>();
        outline.chapters().forEach(c -> add(out, c, null, null));
        outline.articles().forEach(a -> add(out, a, null, null));
        for (Annex annex : outline.annexes()) {
            OutlineNode node = annex.node();
            out.add(new NodeRef(node.path(), NodeKind.ANNEX, node.label(), node.title(), node.text(), out.size(), null,
                    null));
        }
        return List.copyOf(out);
    }

    private static void add(List<NodeRef> out, OutlineNode node, String parent, String article) {
        String own = node.kind() == NodeKind.ARTICLE ? node.path() : article;
        out.add(new NodeRef(node.path(), node.kind(), node.label(), node.title(), node.text(), out.size(), parent, own));
        node.children().forEach(child -> add(out, child, node.path(), own));
    }
}

package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * An outline opened for one edit: its chương and its điều outside any chương as {@link EditableNode}s that the edit
 * changes in place, what the edit touched (for the change log), and the frozen outline built back from them with every
 * path recomputed from the numbers. The preamble, closing and annexes are carried over unchanged.
 */
final class EditableOutline {

    final List<EditableNode> chapters = new ArrayList<>();
    final List<EditableNode> articles = new ArrayList<>();
    private final List<Touch> touches = new ArrayList<>();
    private final Outline original;

    EditableOutline(Outline outline) {
        this.original = outline;
        outline.chapters().forEach(c -> chapters.add(EditableNode.of(c)));
        outline.articles().forEach(a -> articles.add(EditableNode.of(a)));
    }

    /** What an edit did to one node, captured before the change (see {@link EditTracking}). */
    record Touch(EditableNode node, ChangeKind kind, String oldText, String oldTitle, String oldNumber) {}

    /** Where a node sits: the list that holds it and its index there. */
    record Place(List<EditableNode> siblings, int index) {
        EditableNode node() {
            return siblings.get(index);
        }
    }

    /** Notes the node as it is now, before the edit changes it. */
    void touch(EditableNode node, ChangeKind kind) {
        touches.add(new Touch(node, kind, node.text, node.title, node.number));
    }

    void added(EditableNode node) {
        touches.add(new Touch(node, ChangeKind.ADDED, null, null, null));
    }

    /** Notes a node about to be removed, with everything in it as its old text. */
    void deleted(EditableNode node) {
        touches.add(new Touch(node, ChangeKind.DELETED, EditTracking.fullText(node), node.title, node.number));
    }

    List<Touch> touches() {
        return touches;
    }

    /** Maps each live node to the path it has in the frozen outline (same shape, built from these nodes). */
    void record(Outline frozen, Map<EditableNode, String> into) {
        record(frozen.chapters(), chapters, into);
        record(frozen.articles(), articles, into);
    }

    private static void record(List<OutlineNode> frozen, List<EditableNode> live, Map<EditableNode, String> into) {
        for (int i = 0; i < frozen.size(); i++) {
            into.put(live.get(i), frozen.get(i).path());
            record(frozen.get(i).children(), live.get(i).children, into);
        }
    }

    /** The node at {@code path} as the outline stands now (400 without a path, 404 when there is none). */
    Place find(String path) {
        if (path == null || path.isBlank()) {
            throw invalid("documents.edit.path-required");
        }
        Outline current = build(false);
        List<OutlineNode> frozen = new ArrayList<>(current.chapters());
        frozen.addAll(current.articles());
        List<EditableNode> live = new ArrayList<>(chapters);
        live.addAll(articles);
        Place place = find(path, frozen, live, null);
        if (place == null) {
            throw new AppException(ErrorKind.NOT_FOUND, "documents.edit.no-node", path);
        }
        return place;
    }

    private Place find(String path, List<OutlineNode> frozen, List<EditableNode> live, List<EditableNode> holder) {
        for (int i = 0; i < frozen.size(); i++) {
            EditableNode node = live.get(i);
            List<EditableNode> siblings = holder != null ? holder : node.kind == NodeKind.CHAPTER ? chapters : articles;
            if (frozen.get(i).path().equals(path)) {
                return new Place(siblings, siblings.indexOf(node));
            }
            Place inner = find(path, frozen.get(i).children(), node.children, node.children);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    /** Every điều, wherever it sits (outside chương, in a chương, in a mục). */
    List<EditableNode> allArticles() {
        List<EditableNode> all = new ArrayList<>(articles);
        for (EditableNode c : chapters) {
            for (EditableNode child : c.children) {
                if (child.kind == NodeKind.ARTICLE) {
                    all.add(child);
                } else {
                    all.addAll(child.children);
                }
            }
        }
        return all;
    }

    /**
     * The frozen outline; with {@code check}, refused when it would be left without an article or with two nodes
     * of the same path (400).
     */
    Outline build(boolean check) {
        Outline out = new Outline(original.header(), original.draftMarker(), original.titleLines(),
                original.recitals(), original.enactingLine(), chapters.stream().map(c -> c.freeze(null)).toList(),
                articles.stream().map(a -> a.freeze(null)).toList(), original.closing(), original.annexes());
        if (check) {
            check(out);
        }
        return out;
    }

    private static void check(Outline outline) {
        if (outline.allArticles().isEmpty()) {
            throw invalid("documents.edit.no-article");
        }
        Set<String> paths = new HashSet<>();
        for (var node : outline.commentable()) {
            if (!paths.add(node.path())) {
                throw invalid("documents.edit.duplicate-path", node.label(), node.path());
            }
        }
    }

    static AppException invalid(String key, Object... args) {
        return new AppException(ErrorKind.INVALID, key, args);
    }
}

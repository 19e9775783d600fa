package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.OutlineNode;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/**
 * Applies one {@link StructureEdit} to an outline and gives the corrected outline, with every path recomputed from
 * the numbers. Pure: no database, so the rules are unit-tested. Refuses an edit that would leave the document
 * without an article or with two nodes of the same path.
 *
 * <p>{@link #applyTracked} also tells where every node went (old path → new path) and what the edit did to which
 * node, for the version's change log: nodes are followed by identity through the edit, so a renumbering is never
 * mistaken for a deletion plus an addition.
 */
public final class OutlineEditor {

    private final List<EditableNode> chapters = new ArrayList<>();
    private final List<EditableNode> articles = new ArrayList<>();
    private final Outline original;
    private final Map<EditableNode, String> pathsBefore = new IdentityHashMap<>();
    private final List<Touch> touches = new ArrayList<>();

    private OutlineEditor(Outline outline) {
        this.original = outline;
        outline.chapters().forEach(c -> chapters.add(EditableNode.of(c)));
        outline.articles().forEach(a -> articles.add(EditableNode.of(a)));
        record(outline, pathsBefore);
    }

    public static Outline apply(Outline outline, StructureEdit edit) {
        return applyTracked(outline, edit).outline();
    }

    /** The corrected outline, where each surviving node went, and what the edit did. */
    static EditTracking.Edited applyTracked(Outline outline, StructureEdit edit) {
        OutlineEditor editor = new OutlineEditor(outline);
        if (edit.op() == StructureEdit.Op.RENUMBER) {
            editor.renumber();
        } else {
            Place place = editor.find(edit.path());
            switch (edit.op()) {
                case UPDATE -> editor.update(place, edit);
                case MERGE -> editor.merge(place);
                case SPLIT -> editor.split(place, edit);
                case INSERT -> editor.insert(place, edit);
                default -> editor.delete(place);
            }
        }
        Outline result = editor.build();
        Map<EditableNode, String> after = new IdentityHashMap<>();
        editor.record(result, after);
        return EditTracking.edited(result, editor.pathsBefore, after, editor.touches, outline.annexes());
    }

    /** What an edit did to one node, captured before the change (see {@link EditTracking}). */
    record Touch(EditableNode node, ChangeKind kind, String oldText, String oldTitle, String oldNumber) {}

    private void touch(EditableNode node, ChangeKind kind) {
        touches.add(new Touch(node, kind, node.text, node.title, node.number));
    }

    /** Maps each live node to the path it has in the frozen outline (same shape, built from these nodes). */
    private void record(Outline frozen, Map<EditableNode, String> into) {
        record(frozen.chapters(), chapters, into);
        record(frozen.articles(), articles, into);
    }

    private static void record(List<OutlineNode> frozen, List<EditableNode> live, Map<EditableNode, String> into) {
        for (int i = 0; i < frozen.size(); i++) {
            into.put(live.get(i), frozen.get(i).path());
            record(frozen.get(i).children(), live.get(i).children, into);
        }
    }

    /** Where a node sits: the list that holds it and its index there. */
    private record Place(List<EditableNode> siblings, int index) {
        EditableNode node() {
            return siblings.get(index);
        }
    }

    private Place find(String path) {
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

    private void update(Place place, StructureEdit edit) {
        EditableNode node = place.node();
        touch(node, ChangeKind.MODIFIED);
        if (edit.number() != null && !edit.number().equals(node.number)) {
            if (!Numbering.valid(node.kind, edit.number())) {
                throw invalid("documents.edit.bad-number", edit.number());
            }
            node.text = Numbering.retype(node.kind, node.text, edit.number());
            node.number = edit.number();
            node.label = Numbering.label(node.kind, edit.number());
        }
        if (edit.title() != null) {
            node.title = edit.title().strip();
        }
        if (edit.text() != null) {
            if (edit.text().isBlank()) {
                throw invalid("documents.edit.text-required");
            }
            node.text = Numbering.typed(node.kind, edit.text().strip(), node.number, node.title);
            if (edit.title() == null) {
                node.title = Numbering.headingTitle(node.kind, node.text, node.title);
            }
        }
    }

    private void insert(Place place, StructureEdit edit) {
        EditableNode after = place.node();
        if (edit.text() == null || edit.text().isBlank()) {
            throw invalid("documents.edit.text-required");
        }
        String number = edit.number() != null ? edit.number() : nextFree(place.siblings, after);
        if (!Numbering.valid(after.kind, number)) {
            throw invalid("documents.edit.bad-number", number);
        }
        String title = edit.title() == null ? "" : edit.title().strip();
        String text = Numbering.typed(after.kind, edit.text().strip(), number, title);
        EditableNode created = new EditableNode(after.kind, number, Numbering.label(after.kind, number),
                Numbering.headingTitle(after.kind, text, title), text);
        place.siblings.add(place.index + 1, created);
        touches.add(new Touch(created, ChangeKind.ADDED, null, null, null));
    }

    private void delete(Place place) {
        EditableNode node = place.node();
        touches.add(new Touch(node, ChangeKind.DELETED, EditTracking.fullText(node), node.title, node.number));
        place.siblings.remove(place.index);
    }

    private void merge(Place place) {
        EditableNode node = place.node();
        int previous = place.index - 1;
        while (previous >= 0 && place.siblings.get(previous).kind != node.kind) {
            previous--;
        }
        if (previous < 0) {
            throw invalid("documents.edit.merge-first", node.label);
        }
        EditableNode into = place.siblings.get(previous);
        touch(into, ChangeKind.MODIFIED);
        touch(node, ChangeKind.DELETED);
        into.text = into.text + "\n" + node.text;
        into.children.addAll(node.children);
        place.siblings.remove(place.index);
    }

    private void split(Place place, StructureEdit edit) {
        EditableNode node = place.node();
        String[] lines = node.text.split("\n");
        int at = edit.line() == null ? -1 : edit.line();
        if (at < 1 || at >= lines.length) {
            throw invalid("documents.edit.bad-line", lines.length - 1);
        }
        String number = edit.number() != null ? edit.number() : nextFree(place.siblings, node);
        if (!Numbering.valid(node.kind, number)) {
            throw invalid("documents.edit.bad-number", number);
        }
        touch(node, ChangeKind.MODIFIED);
        EditableNode rest = new EditableNode(node.kind, number, Numbering.label(node.kind, number), "",
                String.join("\n", Arrays.copyOfRange(lines, at, lines.length)));
        touches.add(new Touch(rest, ChangeKind.ADDED, null, null, null));
        rest.children.addAll(node.children);
        node.children.clear();
        node.text = String.join("\n", Arrays.copyOfRange(lines, 0, at));
        place.siblings.add(place.index + 1, rest);
    }

    private String nextFree(List<EditableNode> siblings, EditableNode node) {
        Set<String> taken = new HashSet<>();
        (node.kind == NodeKind.ARTICLE ? allArticles() : siblings).forEach(n -> taken.add(n.number));
        for (int i = 1; ; i++) {
            String candidate = Numbering.nth(node.kind, i);
            if (!taken.contains(candidate) || "z".equals(candidate)) {
                return candidate;
            }
        }
    }

    private void renumber() {
        int article = 0;
        for (int c = 0; c < chapters.size(); c++) {
            renumber(chapters.get(c), c + 1);
            int section = 0;
            for (EditableNode child : chapters.get(c).children) {
                renumber(child, child.kind == NodeKind.SECTION ? ++section : ++article);
                if (child.kind == NodeKind.SECTION) {
                    for (EditableNode inner : child.children) {
                        renumber(inner, ++article);
                        renumberInside(inner);
                    }
                } else {
                    renumberInside(child);
                }
            }
        }
        for (EditableNode a : articles) {
            renumber(a, ++article);
            renumberInside(a);
        }
    }

    private void renumberInside(EditableNode article) {
        int clause = 0;
        int point = 0;
        for (EditableNode child : article.children) {
            renumber(child, child.kind == NodeKind.CLAUSE ? ++clause : ++point);
            int inner = 0;
            for (EditableNode p : child.children) {
                renumber(p, ++inner);
            }
        }
    }

    private void renumber(EditableNode node, int position) {
        String number = Numbering.nth(node.kind, position);
        if (!number.equals(node.number)) {
            touch(node, ChangeKind.RENUMBERED);
            node.text = Numbering.retype(node.kind, node.text, number);
            node.number = number;
            node.label = Numbering.label(node.kind, number);
        }
    }

    private List<EditableNode> allArticles() {
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

    private Outline build() {
        return build(true);
    }

    private Outline build(boolean check) {
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

    private static AppException invalid(String key, Object... args) {
        return new AppException(ErrorKind.INVALID, key, args);
    }
}

package vn.tochuc.danhgia.documents.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 */
public final class OutlineEditor {

    private final List<EditableNode> chapters = new ArrayList<>();
    private final List<EditableNode> articles = new ArrayList<>();
    private final Outline original;

    private OutlineEditor(Outline outline) {
        this.original = outline;
        outline.chapters().forEach(c -> chapters.add(EditableNode.of(c)));
        outline.articles().forEach(a -> articles.add(EditableNode.of(a)));
    }

    public static Outline apply(Outline outline, StructureEdit edit) {
        OutlineEditor editor = new OutlineEditor(outline);
        if (edit.op() == StructureEdit.Op.RENUMBER) {
            editor.renumber();
        } else {
            Place place = editor.find(edit.path());
            switch (edit.op()) {
                case UPDATE -> update(place, edit);
                case MERGE -> merge(place);
                case SPLIT -> editor.split(place, edit);
                default -> place.siblings.remove(place.index);
            }
        }
        return editor.build();
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

    private static void update(Place place, StructureEdit edit) {
        EditableNode node = place.node();
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
            node.text = edit.text().strip();
        }
    }

    private static void merge(Place place) {
        EditableNode node = place.node();
        int previous = place.index - 1;
        while (previous >= 0 && place.siblings.get(previous).kind != node.kind) {
            previous--;
        }
        if (previous < 0) {
            throw invalid("documents.edit.merge-first", node.label);
        }
        EditableNode into = place.siblings.get(previous);
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
        EditableNode rest = new EditableNode(node.kind, number, Numbering.label(node.kind, number), "",
                String.join("\n", Arrays.copyOfRange(lines, at, lines.length)));
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

    private static void renumberInside(EditableNode article) {
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

    private static void renumber(EditableNode node, int position) {
        String number = Numbering.nth(node.kind, position);
        if (!number.equals(node.number)) {
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

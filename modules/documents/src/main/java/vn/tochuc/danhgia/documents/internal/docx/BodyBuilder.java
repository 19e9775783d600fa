package vn.tochuc.danhgia.documents.internal.docx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tochuc.danhgia.documents.NodeKind;
import vn.tochuc.danhgia.documents.OutlineNode;

/**
 * Builds the tree of chương, mục, điều, khoản and điểm from the lines of the body, top-down.
 *
 * <p>A khoản number that is not higher than the previous one in the same điều (a "1." inside a khoản that lists
 * things, or a typo) is read as text of the current node rather than as a new khoản, so paths stay unique; the
 * same goes for điểm letters. Duplicate chương, mục and điều numbers are refused, since the drafter must fix them.
 */
final class BodyBuilder {

    private final List<NodeBuilder> chapters = new ArrayList<>();
    private final List<NodeBuilder> looseArticles = new ArrayList<>();
    private final Set<Integer> articleNumbers = new HashSet<>();
    private NodeBuilder chapter;
    private NodeBuilder section;
    private NodeBuilder article;
    private NodeBuilder clause;
    private NodeBuilder point;
    /** A chương or mục whose heading had no title: its title may be the next paragraph. */
    private NodeBuilder awaitingTitle;

    /** Adds a line; returns the kind of node it opened, or null when it was text (or a title) of the current node. */
    NodeKind accept(Line line, Heading heading) {
        if (awaitingTitle != null) {
            NodeBuilder node = awaitingTitle;
            awaitingTitle = null;
            if (heading == null && line.looksLikeTitle()) {
                node.title = Text.collapse(line.text());
                node.add(line.text());
                return null;
            }
        }
        if (heading == null) {
            addText(line.text());
            return null;
        }
        switch (heading.kind()) {
            case CHAPTER:
                openChapter(line, heading);
                return NodeKind.CHAPTER;
            case SECTION:
                openSection(line, heading);
                return NodeKind.SECTION;
            case ARTICLE:
                openArticle(line, heading);
                return NodeKind.ARTICLE;
            case CLAUSE:
                return openClause(line, heading) ? NodeKind.CLAUSE : null;
            default:
                return openPoint(line, heading) ? NodeKind.POINT : null;
        }
    }

    boolean hasArticle() {
        return !articleNumbers.isEmpty();
    }

    /** A table inside an article: kept in the current node's text, one line per row. */
    void addText(String text) {
        NodeBuilder current = deepest();
        if (current != null) {
            current.add(text);
        }
    }

    List<OutlineNode> chapters() {
        return chapters.stream().map(NodeBuilder::build).toList();
    }

    List<OutlineNode> looseArticles() {
        return looseArticles.stream().map(NodeBuilder::build).toList();
    }

    private void openChapter(Line line, Heading heading) {
        int number = Numerals.toInt(heading.numeral());
        String label = "Chương " + heading.numeral();
        if (chapters.stream().anyMatch(existing -> existing.number.equals(String.valueOf(number)))) {
            throw DocxErrors.duplicateChapter(label);
        }
        chapter = new NodeBuilder(NodeKind.CHAPTER, "C" + number, label, String.valueOf(number), heading.title(),
                line.text());
        chapters.add(chapter);
        section = null;
        closeArticle();
        awaitingTitle = heading.title().isEmpty() ? chapter : null;
    }

    private void openSection(Line line, Heading heading) {
        int number = Numerals.toInt(heading.numeral());
        String label = "Mục " + heading.numeral();
        if (chapter == null) {
            throw DocxErrors.sectionOutsideChapter(label);
        }
        if (chapter.hasChild(NodeKind.ARTICLE)) {
            throw DocxErrors.articleBeforeSection(chapter.children.get(0).label, chapter.label);
        }
        String path = chapter.path + ".M" + number;
        if (chapter.children.stream().anyMatch(existing -> existing.path.equals(path))) {
            throw DocxErrors.duplicateSection(chapter.label, label);
        }
        section = chapter.child(new NodeBuilder(NodeKind.SECTION, path, label, String.valueOf(number),
                heading.title(), line.text()));
        closeArticle();
        awaitingTitle = heading.title().isEmpty() ? section : null;
    }

    private void openArticle(Line line, Heading heading) {
        int number = Integer.parseInt(heading.numeral());
        if (!articleNumbers.add(number)) {
            throw DocxErrors.duplicateArticle(number);
        }
        article = new NodeBuilder(NodeKind.ARTICLE, "D" + number, "Điều " + number, String.valueOf(number),
                heading.title(), line.text());
        if (section != null) {
            section.child(article);
        } else if (chapter != null) {
            chapter.child(article);
        } else {
            looseArticles.add(article);
        }
        clause = null;
        point = null;
    }

    private boolean openClause(Line line, Heading heading) {
        int number = Integer.parseInt(heading.numeral());
        if (article == null || number <= article.lastClause) {
            addText(line.text());
            return false;
        }
        article.lastClause = number;
        clause = article.child(new NodeBuilder(NodeKind.CLAUSE, article.path + ".K" + number, "Khoản " + number,
                String.valueOf(number), "", line.text()));
        point = null;
        return true;
    }

    private boolean openPoint(Line line, Heading heading) {
        NodeBuilder parent = clause != null ? clause : article;
        String letter = heading.numeral();
        int order = Numerals.pointOrder(letter);
        if (parent == null || order <= parent.lastPoint) {
            addText(line.text());
            return false;
        }
        parent.lastPoint = order;
        point = parent.child(new NodeBuilder(NodeKind.POINT, parent.path + "." + letter, "Điểm " + letter, letter,
                "", line.text()));
        return true;
    }

    private void closeArticle() {
        article = null;
        clause = null;
        point = null;
    }

    private NodeBuilder deepest() {
        NodeBuilder[] candidates = {point, clause, article, section, chapter};
        for (NodeBuilder candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}

package vn.tochuc.danhgia.documents.internal;

import vn.tochuc.danhgia.documents.ChangeKind;
import vn.tochuc.danhgia.documents.NodeKind;

/**
 * Numbers an {@link EditableOutline} again from the top: chương I, II, …; mục 1, 2, … in each chương; điều 1, 2, …
 * through the whole text; khoản and điểm within their parent. The typed number in each text follows. Pure.
 */
final class Renumbering {

    private final EditableOutline outline;

    Renumbering(EditableOutline outline) {
        this.outline = outline;
    }

    void renumber() {
        int article = 0;
        for (int c = 0; c < outline.chapters.size(); c++) {
            EditableNode chapter = outline.chapters.get(c);
            renumber(chapter, c + 1);
            int section = 0;
            for (EditableNode child : chapter.children) {
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
        for (EditableNode a : outline.articles) {
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
            outline.touch(node, ChangeKind.RENUMBERED);
            node.text = Numbering.retype(node.kind, node.text, number);
            node.number = number;
            node.label = Numbering.label(node.kind, number);
        }
    }
}

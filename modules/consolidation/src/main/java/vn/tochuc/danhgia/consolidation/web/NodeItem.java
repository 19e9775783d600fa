package vn.tochuc.danhgia.consolidation.web;

import java.io.Serializable;

/**
 * A node of the workspace's article tree: the part of the draft and how many comments on it (and inside it) are
 * decided.
 */
public record NodeItem(String path, String label, String title, int comments, int decided) implements Serializable {

    public boolean done() {
        return comments > 0 && decided == comments;
    }
}

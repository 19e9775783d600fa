package vn.tochuc.danhgia.documents;

import java.util.List;

/**
 * One node in the difference between two versions: its text on each side and the comments the changes to it answer.
 *
 * @param kind what the node is
 * @param change how it differs
 * @param fromPath its path in the earlier version, null when ADDED
 * @param toPath its path in the later version, null when DELETED
 * @param fromLabel "Khoản 2" in the earlier version, or null
 * @param toLabel "Khoản 1" in the later version, or null
 * @param oldText its own text in the earlier version, or null
 * @param newText its own text in the later version, or null
 * @param changeIds the change-log entries of the later version(s) that touched it
 * @param commentIds the comments those changes answer, ascending, without duplicates
 */
public record NodeDiff(NodeKind kind, ChangeKind change, String fromPath, String toPath, String fromLabel,
        String toLabel, String oldText, String newText, List<Long> changeIds, List<Long> commentIds) {

    public NodeDiff {
        changeIds = List.copyOf(changeIds);
        commentIds = List.copyOf(commentIds);
    }

    /** The path to show: the later one, or the earlier one for a deleted node. */
    public String path() {
        return toPath != null ? toPath : fromPath;
    }

    public String label() {
        return toLabel != null ? toLabel : fromLabel;
    }
}

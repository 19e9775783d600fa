package vn.tochuc.danhgia.consolidation;

import java.util.List;

/**
 * One row of the report's table: a comment, or a group of comments judged identical (then the lead comment's text
 * and every member's unit).
 *
 * @param number STT, from 1 in document order
 * @param provision "Điều, khoản của dự thảo": "Khoản 1 Điều 3"
 * @param units the commenting units' names, in order
 * @param decision null while undecided
 * @param state null while undecided
 * @param commentIds the comment (or the group's comments) the row stands for
 */
public record ReportRow(int number, String path, int nodeOrder, String provision, String text, String proposedText,
        String reason, List<String> units, Decision decision, String response, DispositionState state,
        List<Long> commentIds) {

    public ReportRow {
        units = List.copyOf(units);
        commentIds = List.copyOf(commentIds);
    }

    /** "Nội dung góp ý": the comment, then the proposed wording and the reason when given, one per line. */
    public String content() {
        StringBuilder out = new StringBuilder(text == null ? "" : text.strip());
        if (proposedText != null && !proposedText.isBlank()) {
            out.append("\nĐề nghị sửa thành: ").append(proposedText.strip());
        }
        if (reason != null && !reason.isBlank()) {
            out.append("\nLý do: ").append(reason.strip());
        }
        return out.toString();
    }

    /** "Cơ quan, đơn vị góp ý". */
    public String unitNames() {
        return String.join("; ", units);
    }
}

package vn.tochuc.danhgia.consolidation.internal;

import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.DispositionState;
import vn.tochuc.danhgia.consolidation.ReportRow;
import vn.tochuc.danhgia.kernel.Messages;

/** The texts of the report's last column, in Vietnamese whatever the reader's language (the report is official). */
final class ReportText {

    static final String[] HEADERS = {"STT", "Điều, khoản của dự thảo", "Nội dung góp ý", "Cơ quan, đơn vị góp ý",
        "Ý kiến tiếp thu, giải trình"};

    private ReportText() {}

    static String label(Decision decision) {
        return Messages.get(Messages.VIETNAMESE, "consolidation.decision." + decision.name());
    }

    /** "Tiếp thu", "Giải trình", …; empty while undecided. */
    static String decisionLabel(ReportRow row) {
        return row.decision() == null ? "" : label(row.decision());
    }

    /** The response under the label; a note when undecided or not approved yet. */
    static String response(ReportRow row) {
        if (row.decision() == null) {
            return "(Chưa có ý kiến tiếp thu, giải trình)";
        }
        String text = row.response() == null || row.response().isBlank() ? "" : "\n" + row.response().strip();
        return row.state() == DispositionState.APPROVED ? text : text + "\n(Đề xuất, chưa phê duyệt)";
    }

    /** The whole last column as one text: label, then the response. */
    static String column(ReportRow row) {
        return decisionLabel(row) + response(row);
    }
}

package vn.tochuc.danhgia.consolidation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tochuc.danhgia.consolidation.Decision;
import vn.tochuc.danhgia.consolidation.domain.Disposition;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.consultations.RecipientStatus;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.consultations.StatusCounts;
import vn.tochuc.danhgia.consultations.SubmittedComment;
import vn.tochuc.danhgia.consultations.UnitAnswerStatus;

/**
 * The consultation of the previous issue's scenario, as data: Sở Tài chính commented on khoản 1 Điều 3 and on Điều 6,
 * Sở Giáo dục và Đào tạo agreed, Sở Y tế stayed silent; plus helpers for bigger ones.
 */
final class Scenario {

    static final Instant DEADLINE = Instant.parse("2023-10-31T10:00:00Z");

    private Scenario() {}

    static SubmittedComment comment(long commentId, String unit, String unitName, String path, int order,
            String label, String text) {
        return new SubmittedComment(commentId + 1000, commentId, 1, 10, unit, unitName, path, order, label, "trích dẫn",
                text, "", "", 500, "GY-1-" + unit + "-1", DEADLINE.minusSeconds(3600));
    }

    static ConsultationView consultation() {
        return new ConsultationView(1, "Xin ý kiến dự thảo Quy định đánh giá, xếp loại", "123-CV/BTCTU", "Đề nghị.",
                5, 10, "Dự thảo lần 1", 1, DEADLINE, false, ConsultationState.CLOSED, List.of("SO_NGANH"), List.of(), 3,
                DEADLINE.minusSeconds(11 * 86_400), "board", DEADLINE.minusSeconds(11 * 86_400), 3, null,
                counts());
    }

    static StatusCounts counts() {
        return new StatusCounts(3, 1, 0, 0, 2, 0, 1, 1, 2);
    }

    static List<RecipientStatus> recipients() {
        return List.of(status("STC", "Sở Tài chính", UnitAnswerStatus.SUBMITTED, Stance.COMMENTS),
                status("SGDDT", "Sở Giáo dục và Đào tạo", UnitAnswerStatus.SUBMITTED, Stance.AGREE),
                status("SYT", "Sở Y tế", UnitAnswerStatus.NOT_OPENED, null));
    }

    private static RecipientStatus status(String unit, String name, UnitAnswerStatus status, Stance stance) {
        return new RecipientStatus(unit, name, "SO_NGANH", "Sở, ban, ngành", status, stance, 0, null, false, DEADLINE,
                null, null);
    }

    static List<SubmittedComment> comments() {
        List<SubmittedComment> out = new ArrayList<>();
        out.add(comment(21, "STC", "Sở Tài chính", "D6", 30, "Điều 6", "Bổ sung mức xếp loại"));
        out.add(comment(20, "STC", "Sở Tài chính", "D3.K1", 12, "Khoản 1", "Đề nghị tăng lên 35 điểm"));
        return out;
    }

    static Disposition decided(long commentId, Decision decision, String response, Long group) {
        Disposition d = new Disposition(1, commentId);
        d.decide(decision, response, group, Instant.now(), "board");
        return d;
    }

    static ReportModel.Inputs inputs(List<SubmittedComment> comments, List<Disposition> decisions) {
        return new ReportModel.Inputs(consultation(), "QUY ĐỊNH cụ thể hóa một số nội dung đánh giá, xếp loại",
                counts(), recipients(), comments, decisions, LocalDate.of(2023, 11, 5));
    }
}

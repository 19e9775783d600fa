package vn.tochuc.danhgia.consultations.internal;

import java.time.Instant;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.kernel.Zones;
import vn.tochuc.danhgia.notifications.Notice;

/** What units are told about a consultation, in Vietnamese, as notices and e-mails (plain text). */
final class Announcements {

    private Announcements() {}

    static Notice published(Consultation c) {
        String body = "Ban Tổ chức Tỉnh ủy đề nghị cơ quan, đơn vị nghiên cứu, góp ý dự thảo \"" + c.title()
                + "\" (văn bản số " + c.reference() + ").\nHạn gửi ý kiến: " + Zones.dateTime(c.deadline())
                + " (giờ Việt Nam)." + (c.letter().isBlank() ? "" : "\n\n" + c.letter());
        return new Notice("consultation.published", "[Xin ý kiến] " + c.reference() + ": " + c.title(), body,
                link(c), reference(c));
    }

    static Notice reminder(Consultation c, Instant deadline) {
        String body = "Đến nay Ban Tổ chức Tỉnh ủy chưa nhận được ý kiến góp ý của cơ quan, đơn vị đối với dự thảo \""
                + c.title() + "\" (văn bản số " + c.reference() + ").\nĐề nghị gửi ý kiến trước "
                + Zones.dateTime(deadline) + ".";
        return new Notice("consultation.reminder", "[Nhắc góp ý] " + c.reference() + ": " + c.title(), body,
                link(c), reference(c));
    }

    static Notice extended(Consultation c, Instant deadline, String reason) {
        String body = "Thời hạn góp ý dự thảo \"" + c.title() + "\" (văn bản số " + c.reference()
                + ") được gia hạn đến " + Zones.dateTime(deadline) + "."
                + (reason == null || reason.isBlank() ? "" : "\nLý do: " + reason);
        return new Notice("consultation.extended", "[Gia hạn góp ý] " + c.reference() + ": " + c.title(), body,
                link(c), reference(c));
    }

    static String reference(Consultation c) {
        return "consultation:" + c.id();
    }

    private static String link(Consultation c) {
        return "/unit/answer.xhtml?id=" + c.id();
    }
}

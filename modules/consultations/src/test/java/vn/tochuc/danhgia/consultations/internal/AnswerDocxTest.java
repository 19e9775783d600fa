package vn.tochuc.danhgia.consultations.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.consultations.Stance;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.consultations.domain.SubmissionComment;

/** The official answer as Word: what the unit signed, in the order it wrote it. */
class AnswerDocxTest {

    private static final Instant DEADLINE = Instant.parse("2026-10-31T10:00:00Z");
    private static final Consultation CONSULTATION = new Consultation("Xin ý kiến dự thảo Quy định đánh giá",
            "12-CV/BTCTU", "", 1, 1, DEADLINE, true, List.of("SO_NGANH"), List.of(), Instant.now(), "board");

    private static List<String> lines(byte[] file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    @Test
    void holdsTheUnitTheReceiptTheStanceEachCommentAndTheSigner() throws Exception {
        Submission s = new Submission(7, "STC", 2, 1, Stance.COMMENTS, "Cơ bản thống nhất.\nBổ sung hai ý sau.",
                "Nguyễn Văn An", "Giám đốc", 2, true, Instant.parse("2026-11-01T02:30:00Z"), "stc");
        List<SubmissionComment> comments = List.of(
                new SubmissionComment(1, 7, "STC", 11, "D3.K1", 5, "Khoản 1 Điều 3", "…", "Tăng lên 35 điểm",
                        "tối đa 35 điểm", "Phù hợp thực tế", 0),
                new SubmissionComment(1, 7, "STC", 12, "D6", 9, "Điều 6", "…", "Bổ sung mức xếp loại", "", "", 1));

        byte[] file = AnswerDocx.write(CONSULTATION, s, "Sở Tài chính", comments);

        List<String> lines = lines(file);
        assertEquals(List.of("SỞ TÀI CHÍNH", "Số tiếp nhận: GY-7-STC-2", "Ý KIẾN GÓP Ý",
                "về dự thảo Xin ý kiến dự thảo Quy định đánh giá (12-CV/BTCTU)", "Ý kiến chung: Có ý kiến",
                "Cơ bản thống nhất.\nBổ sung hai ý sau."), lines.subList(0, 6));
        assertEquals("Gửi lúc 01/11/2026 09:30 (nộp muộn)", lines.get(lines.size() - 3));
        assertEquals(List.of("Giám đốc", "Nguyễn Văn An"), lines.subList(lines.size() - 2, lines.size()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            List<XWPFTableRow> rows = doc.getTables().get(0).getRows();
            assertEquals(AnswerDocx.HEADERS, rows.get(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(List.of("1", "Khoản 1 Điều 3", "Tăng lên 35 điểm", "tối đa 35 điểm", "Phù hợp thực tế"),
                    rows.get(1).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals("Điều 6", rows.get(2).getCell(1).getText());
        }
    }

    @Test
    void anAgreementHasNoTable() throws Exception {
        Submission s = new Submission(7, "SGDDT", 1, 1, Stance.AGREE, "", "Trần Thị Bình", "Phó Giám đốc", 0,
                false, Instant.parse("2026-10-20T01:00:00Z"), "sgddt");

        byte[] file = AnswerDocx.write(CONSULTATION, s, "Sở Giáo dục và Đào tạo", List.of());

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
            assertTrue(doc.getTables().isEmpty());
        }
        List<String> lines = lines(file);
        assertEquals("SỞ GIÁO DỤC VÀ ĐÀO TẠO", lines.get(0));
        assertTrue(lines.contains("Ý kiến chung: Thống nhất với dự thảo"), lines.toString());
        assertTrue(lines.contains("Gửi lúc 20/10/2026 08:00"), lines.toString());
    }
}

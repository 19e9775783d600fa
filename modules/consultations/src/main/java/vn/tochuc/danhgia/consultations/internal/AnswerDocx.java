package vn.tochuc.danhgia.consultations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.tochuc.danhgia.consultations.domain.Consultation;
import vn.tochuc.danhgia.consultations.domain.Submission;
import vn.tochuc.danhgia.consultations.domain.SubmissionComment;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * A unit's official answer (its current submission) as a Word document, always in Vietnamese: the unit and the
 * receipt number, the title "Ý KIẾN GÓP Ý", the draft it answers, the stance and general comment, a table of the
 * comments article by article, and the signer.
 */
final class AnswerDocx {

    static final String TITLE = "Ý KIẾN GÓP Ý";
    static final List<String> HEADERS = List.of("STT", "Điều, khoản", "Nội dung góp ý", "Đề xuất sửa", "Lý do");
    private static final String FONT = "Times New Roman";

    private AnswerDocx() {}

    static byte[] write(Consultation c, Submission s, String unitName, List<SubmissionComment> comments) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            line(doc, unitName.toUpperCase(Locale.ROOT), true, ParagraphAlignment.LEFT);
            line(doc, "Số tiếp nhận: " + s.receiptNumber(), false, ParagraphAlignment.LEFT);
            line(doc, TITLE, true, ParagraphAlignment.CENTER);
            line(doc, "về dự thảo " + c.title() + " (" + c.reference() + ")", false, ParagraphAlignment.CENTER);
            line(doc, "Ý kiến chung: " + Labels.stance(s.stance()), true, ParagraphAlignment.LEFT);
            if (s.general() != null && !s.general().isBlank()) {
                line(doc, s.general(), false, ParagraphAlignment.BOTH);
            }
            if (!comments.isEmpty()) {
                table(doc, comments);
            }
            line(doc, "Gửi lúc " + Zones.dateTime(s.submittedAt()) + (s.late() ? " (nộp muộn)" : ""), false,
                    ParagraphAlignment.RIGHT);
            line(doc, s.signerTitle(), true, ParagraphAlignment.RIGHT);
            line(doc, s.signerName(), true, ParagraphAlignment.RIGHT);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the answer", e);
        }
    }

    private static void table(XWPFDocument doc, List<SubmissionComment> comments) {
        XWPFTable table = doc.createTable(comments.size() + 1, HEADERS.size());
        table.setWidth("100%");
        for (int i = 0; i < HEADERS.size(); i++) {
            cell(table.getRow(0), i, HEADERS.get(i), true);
        }
        for (int r = 0; r < comments.size(); r++) {
            SubmissionComment k = comments.get(r);
            XWPFTableRow row = table.getRow(r + 1);
            cell(row, 0, Integer.toString(r + 1), false);
            cell(row, 1, k.nodeLabel(), false);
            cell(row, 2, k.text(), false);
            cell(row, 3, k.proposedText(), false);
            cell(row, 4, k.reason(), false);
        }
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = row.getCell(column).getParagraphs().get(0);
        style(p.createRun(), text == null ? "" : text, bold);
    }

    private static void line(XWPFDocument doc, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        style(p.createRun(), text, bold);
    }

    private static void style(XWPFRun run, String text, boolean bold) {
        run.setFontFamily(FONT);
        run.setFontSize(13);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}

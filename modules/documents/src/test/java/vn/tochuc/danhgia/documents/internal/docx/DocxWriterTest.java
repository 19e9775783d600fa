package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.TestDocx;

class DocxWriterTest {

    private static Outline roundTrip(Outline outline) {
        return DocxOutlineParser.parse(DocxWriter.write(outline));
    }

    @Test
    void writesTheFixtureSoThatItParsesToTheSameOutline() {
        Outline original = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));
        assertEquals(original, roundTrip(original));
    }

    @Test
    void keepsOneLineHeadingsTabsSectionsAndAutoNumbersThroughARoundTrip() {
        Outline original = DocxOutlineParser.parse(TestDocx.create()
                .list(0, TestDocx.level("decimal", "%1.", 1), TestDocx.level("lowerLetter", "%2)", 1)).num(1, 0)
                .centered("CHƯƠNG I - QUY ĐỊNH CHUNG")
                .centered("Mục 1").centered("PHẠM VI")
                .runs("Điều\u00A01.\tPhạm ", "vi")
                .numbered(1, 0, "Khoản\tcó tab:")
                .numbered(1, 1, "điểm tự động")
                .p("Đoạn tiếp theo.")
                .centered("Chương II").centered("THI HÀNH")
                .p("Điều 2. Hiệu lực")
                .table(List.of(List.of("Nơi nhận:\u00A0", "T/M BAN THƯỜNG VỤ")))
                .pageBreak().centered("PHỤ LỤC").p("Đoạn đầu không phải tiêu đề.")
                .table(List.of(List.of("STT", "Nội dung"), List.of("1", "")))
                .bytes());
        Outline again = roundTrip(original);
        assertEquals(original, again);
        assertEquals("1. Khoản\tcó tab:", again.find("D1.K1").orElseThrow().text());
        assertEquals("Chương II\nTHI HÀNH", again.find("C2").orElseThrow().text());
    }

    @Test
    void keepsADraftWithoutChaptersThroughARoundTrip() {
        Outline original = DocxOutlineParser.parse(TestDocx.create()
                .p("Điều 1. Một").p("a) thẳng dưới điều").p("Điều 2. Hai").p("1. Khoản").bytes());
        assertEquals(original, roundTrip(original));
    }

    @Test
    void laysOutTheAdministrativeFormat() throws IOException {
        Outline outline = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));
        try (XWPFDocument written = new XWPFDocument(new ByteArrayInputStream(DocxWriter.write(outline)))) {
            CTSectPr section = written.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(11906), section.getPgSz().getW());
            assertEquals(BigInteger.valueOf(1701), section.getPgMar().getLeft());
            assertEquals(BigInteger.valueOf(1134), section.getPgMar().getRight());
            XWPFTable header = written.getTables().get(0);
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getInsideVBorderType());
            assertEquals(XWPFTable.XWPFBorderType.NONE, header.getTopBorderType());
            assertEquals(2, header.getRow(0).getTableCells().size());
            XWPFParagraph title = paragraph(written, "QUY ĐỊNH");
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());
            XWPFParagraph article = paragraph(written, "Điều 3. Khung tiêu chí đánh giá tập thể");
            assertTrue(article.getRuns().get(0).isBold());
            XWPFParagraph body = paragraph(written, "Tổng điểm tối đa là 100 điểm, gồm:");
            assertEquals(ParagraphAlignment.BOTH, body.getAlignment());
            XWPFRun run = body.getRuns().get(0);
            assertEquals("Times New Roman", run.getFontFamily());
            assertEquals(14, run.getFontSizeAsDouble().intValue());
            assertTrue(paragraph(written, "PHỤ LỤC").isPageBreak());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        return document.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No paragraph " + text));
    }
}

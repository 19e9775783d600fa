package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.TestDocx;

/**
 * The title is the document-type line and what follows it; an issuing body typed above it as bold lines, when the
 * draft has no header table, is the header and not part of the title (issue 13 §3).
 */
class IssuingBodyTitleTest {

    private static final List<String> TITLE = List.of("QUY ĐỊNH", "về đánh giá, xếp loại chất lượng tập thể");

    /** The preamble as given, then one căn cứ and one article. */
    private static Outline read(TestDocx preamble) {
        return DocxOutlineParser.parse(preamble.p("Căn cứ Điều lệ Đảng;").p("Điều 1. Phạm vi").bytes());
    }

    @Test
    void issuingBodyTypedAsBoldLinesWithoutHeaderTableIsTheHeader() {
        Outline outline = DocxOutlineParser.parse(TestDocx.create()
                .bold("TỈNH ỦY QUẢNG NGÃI").bold("BAN TỔ CHỨC")
                .centered("QUY ĐỊNH").centered("về đánh giá, xếp loại chất lượng tập thể").centered("-----")
                .p("Căn cứ Điều lệ Đảng;").p("Ban Thường vụ Tỉnh ủy quy định như sau:").p("Điều 1. Phạm vi")
                .bytes());
        assertEquals(TITLE, outline.titleLines());
        assertEquals(List.of(List.of("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC")), outline.header().rows());
        assertEquals(List.of("Căn cứ Điều lệ Đảng;"), outline.recitals());
        assertEquals("Ban Thường vụ Tỉnh ủy quy định như sau:", outline.enactingLine());
    }

    @Test
    void headerTableAndTitleAreReadAsBefore() {
        Outline outline = read(TestDocx.create()
                .table(List.of(List.of("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM")))
                .centered("QUY ĐỊNH").centered("về đánh giá, xếp loại chất lượng tập thể"));
        assertEquals(TITLE, outline.titleLines());
        assertEquals(List.of(List.of("TỈNH ỦY QUẢNG NGÃI\nBAN TỔ CHỨC", "ĐẢNG CỘNG SẢN VIỆT NAM")),
                outline.header().rows());
    }

    @Test
    void draftMarkerBetweenIssuingBodyAndTitleStaysTheDraftMarker() {
        Outline outline = read(TestDocx.create()
                .p("TỈNH ỦY QUẢNG NGÃI").bold("Ban Tổ chức").centered("DỰ THẢO")
                .bold("HƯỚNG DẪN").centered("thực hiện Quy định về đánh giá, xếp loại"));
        assertEquals("DỰ THẢO", outline.draftMarker());
        assertEquals(List.of("HƯỚNG DẪN", "thực hiện Quy định về đánh giá, xếp loại"), outline.titleLines());
        assertEquals(List.of(List.of("TỈNH ỦY QUẢNG NGÃI\nBan Tổ chức")), outline.header().rows());
    }

    @Test
    void titleWithoutDocumentTypeLineIsKeptAsTyped() {
        Outline outline = read(TestDocx.create().centered("KHUNG TIÊU CHÍ ĐÁNH GIÁ").centered("năm 2025"));
        assertEquals(List.of("KHUNG TIÊU CHÍ ĐÁNH GIÁ", "năm 2025"), outline.titleLines());
        assertEquals(List.of(), outline.header().rows());
    }

    @Test
    void theHeaderItBecomesIsWrittenAsATableAndReadBackTheSame() {
        Outline outline = read(TestDocx.create().bold("TỈNH ỦY QUẢNG NGÃI").bold("BAN TỔ CHỨC")
                .centered("KẾ HOẠCH").centered("kiểm tra việc cụ thể hóa khung tiêu chí"));
        Outline reread = DocxOutlineParser.parse(DocxWriter.write(outline));
        assertEquals(outline.header().rows(), reread.header().rows());
        assertEquals(List.of("KẾ HOẠCH", "kiểm tra việc cụ thể hóa khung tiêu chí"), reread.titleLines());
    }
}

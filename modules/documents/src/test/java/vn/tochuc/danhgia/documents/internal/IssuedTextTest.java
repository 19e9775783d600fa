package vn.tochuc.danhgia.documents.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.Outline;
import vn.tochuc.danhgia.documents.internal.docx.DocxOutlineParser;
import vn.tochuc.danhgia.documents.internal.docx.DocxWriter;

/** The issued text: no draft marker, the number and date typed where the draft left them blank. */
class IssuedTextTest {

    private final Outline draft = DocxOutlineParser.parse(Fixtures.bytes(Fixtures.DRAFT));

    @Test
    void fillsTheNumberAndDateAndDropsTheDraftMarker() {
        Outline issued = IssuedText.apply(draft, "15-QĐ/TU", LocalDate.of(2023, 11, 5));

        assertFalse(issued.isDraft());
        String header = issued.header().text();
        assertTrue(header.contains("Số 15-QĐ/TU"), header);
        assertTrue(header.contains("Quảng Ngãi, ngày 05 tháng 11 năm 2023"), header);
        assertTrue(issued.annexes().get(0).titleLines().stream().anyMatch(l -> l.contains("số 15-QĐ/TU")),
                issued.annexes().get(0).titleLines().toString());
        assertEquals(draft.allArticles(), issued.allArticles(), "the articles are untouched");
    }

    @Test
    void theIssuedTextReadsBackFromItsDocx() {
        Outline issued = IssuedText.apply(draft, "15-QĐ/TU", LocalDate.of(2023, 11, 5));

        Outline reread = DocxOutlineParser.parse(DocxWriter.write(issued));

        assertEquals(issued.allArticles(), reread.allArticles());
        assertTrue(reread.header().text().contains("Số 15-QĐ/TU"));
    }

    @Test
    void daysBelowTenAndJanuaryAndFebruaryTakeALeadingZero() {
        assertEquals("ngày 05 tháng 02 năm 2024", IssuedText.dateWords(LocalDate.of(2024, 2, 5)));
        assertEquals("ngày 20 tháng 10 năm 2023", IssuedText.dateWords(LocalDate.of(2023, 10, 20)));
        assertEquals("ngày 01 tháng 3 năm 2025", IssuedText.dateWords(LocalDate.of(2025, 3, 1)));
    }
}

package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.kernel.AppException;

/** The guard runs on the raw bytes, before POI reads a single part into memory. */
class ZipBombGuardTest {

    @Test
    void listsTheEntriesOfAnOrdinaryDocx() throws Exception {
        var names = ZipBombGuard.scan(Fixtures.bytes(Fixtures.DRAFT), DocxLimits.defaults());
        assertTrue(names.contains("word/document.xml"), names.toString());
        assertTrue(names.contains("[Content_Types].xml"), names.toString());
    }

    @Test
    void stopsAtTheInflateRatio() throws Exception {
        byte[] bomb = ZipBombs.docxWithHugeDocumentXml(8 * 1024 * 1024);
        AppException e = assertThrows(AppException.class, () -> ZipBombGuard.scan(bomb, DocxLimits.defaults()));
        assertEquals("documents.docx.zip-bomb", e.key());
    }

    @Test
    void stopsAtTheTotalUncompressedSizeEvenWhenTheRatioIsAccepted() throws Exception {
        byte[] bomb = ZipBombs.docxWithHugeDocumentXml(8 * 1024 * 1024);
        DocxLimits noRatio = new DocxLimits(DocxLimits.DEFAULT_MAX_BYTES, 4 * DocxLimits.MEGABYTE,
                64 * DocxLimits.MEGABYTE, 0.0, 0, 1000);
        AppException e = assertThrows(AppException.class, () -> ZipBombGuard.scan(bomb, noRatio));
        assertEquals("documents.docx.zip-bomb", e.key());
    }

    @Test
    void stopsAtTheEntrySize() throws Exception {
        byte[] bomb = ZipBombs.docxWithHugeDocumentXml(8 * 1024 * 1024);
        DocxLimits smallEntries = new DocxLimits(DocxLimits.DEFAULT_MAX_BYTES, 256 * DocxLimits.MEGABYTE,
                DocxLimits.MEGABYTE, 0.0, 0, 1000);
        assertThrows(AppException.class, () -> ZipBombGuard.scan(bomb, smallEntries));
    }

    @Test
    void acceptsTheSameFileWhenItFitsTheLimits() throws Exception {
        byte[] big = ZipBombs.docxWithHugeDocumentXml(2 * 1024 * 1024);
        DocxLimits generous = new DocxLimits(DocxLimits.DEFAULT_MAX_BYTES, 256 * DocxLimits.MEGABYTE,
                64 * DocxLimits.MEGABYTE, 0.0, 0, 1000);
        assertTrue(ZipBombGuard.scan(big, generous).contains("word/document.xml"));
    }
}

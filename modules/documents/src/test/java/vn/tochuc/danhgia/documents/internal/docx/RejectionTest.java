package vn.tochuc.danhgia.documents.internal.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.tochuc.danhgia.documents.Fixtures;
import vn.tochuc.danhgia.documents.TestDocx;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;

/** Files the parser must refuse, each with its kind and a message the drafter can act on. */
class RejectionTest {

    private static AppException assertRefused(ErrorKind kind, String key, Executable parse) {
        AppException e = assertThrows(AppException.class, parse);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(key, e.key());
        assertTrue(!e.getMessage().startsWith("???"), "no text for " + key);
        return e;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRefused(ErrorKind.INVALID, "documents.docx.empty", () -> DocxOutlineParser.parse(new byte[0]));
    }

    @Test
    void rejectsRandomBytes() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        assertRefused(ErrorKind.INVALID, "documents.docx.not-docx", () -> DocxOutlineParser.parse(noise));
    }

    @Test
    void rejectsATruncatedDocx() {
        byte[] docx = Fixtures.bytes(Fixtures.DRAFT);
        byte[] half = Arrays.copyOf(docx, docx.length / 2);
        AppException e = assertThrows(AppException.class, () -> DocxOutlineParser.parse(half));
        assertEquals(ErrorKind.INVALID, e.kind());
    }

    @Test
    void rejectsAWord97DocumentAsUnsupported() throws IOException {
        ByteArrayOutputStream doc = new ByteArrayOutputStream();
        try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
            ole2.createDocument(InputStream.nullInputStream(), "WordDocument");
            ole2.writeFilesystem(doc);
        }
        AppException e = assertRefused(ErrorKind.UNSUPPORTED_TYPE, "documents.docx.legacy-format",
                () -> DocxOutlineParser.parse(doc.toByteArray()));
        assertTrue(e.getMessage().contains(".doc"), e.getMessage());
    }

    @Test
    void rejectsAZipThatIsNotAWordDocument() throws IOException {
        byte[] zip = zip("ghi-chu.txt", "không phải văn bản Word".getBytes(StandardCharsets.UTF_8));
        assertRefused(ErrorKind.UNSUPPORTED_TYPE, "documents.docx.not-word", () -> DocxOutlineParser.parse(zip));
    }

    @Test
    void rejectsAnExcelWorkbook() throws IOException {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Điều 1").createRow(0).createCell(0).setCellValue("Điều 1. Phạm vi");
            workbook.write(xlsx);
        }
        assertRefused(ErrorKind.UNSUPPORTED_TYPE, "documents.docx.not-word", () -> DocxOutlineParser.parse(xlsx.toByteArray()));
    }

    @Test
    void rejectsZipBomb() throws IOException {
        byte[] bomb = ZipBombs.docxWithHugeDocumentXml(48 * 1024 * 1024);
        assertTrue(bomb.length < 1024 * 1024, "the bomb should be small: " + bomb.length);
        AppException e = assertRefused(ErrorKind.TOO_LARGE, "documents.docx.zip-bomb", () -> DocxOutlineParser.parse(bomb));
        assertTrue(e.getMessage().contains("bom nén"), e.getMessage());
    }

    @Test
    void rejectsADocxInflatingBeyondTheTotalCapBeforePoiReadsIt() throws IOException {
        // 3 MB of letters packs at an ordinary ratio, so only the guard's own total cap can stop it.
        byte[] docx = ZipBombs.docxWithLargeIncompressibleDocumentXml(3 * 1024 * 1024);
        DocxLimits tight = DocxLimits.defaults().withMaxUncompressedBytes(DocxLimits.MEGABYTE);
        assertRefused(ErrorKind.TOO_LARGE, "documents.docx.zip-bomb", () -> DocxOutlineParser.parse(docx, tight));
    }

    @Test
    void rejectsAFileOverTheConfiguredLimitShowingItInMegabytes() {
        byte[] large = new byte[(int) (1.5 * DocxLimits.MEGABYTE)];
        AppException e = assertRefused(ErrorKind.TOO_LARGE, "documents.docx.too-large",
                () -> DocxOutlineParser.parse(large, DocxLimits.ofMaxBytes(DocxLimits.MEGABYTE)));
        assertTrue(e.getMessage().contains("(1 MB)"), e.getMessage());
        AppException half = assertThrows(AppException.class,
                () -> DocxOutlineParser.parse(large, DocxLimits.ofMaxBytes(DocxLimits.MEGABYTE / 2)));
        assertTrue(half.getMessage().contains("(0,5 MB)"), half.getMessage());
    }

    @Test
    void refusesAnOversizedStreamWithoutReadingItAll() {
        CountingEndlessStream upload = new CountingEndlessStream();
        assertRefused(ErrorKind.TOO_LARGE, "documents.docx.too-large",
                () -> DocxOutlineParser.parse(upload, DocxLimits.ofMaxBytes(DocxLimits.MEGABYTE)));
        assertTrue(upload.read <= DocxLimits.MEGABYTE + 1, "read " + upload.read);
    }

    @Test
    void rejectsADraftWithoutArticles() {
        byte[] docx = TestDocx.create().centered("QUY ĐỊNH").p("Căn cứ Điều lệ Đảng;").p("1. Nội dung").bytes();
        AppException e = assertRefused(ErrorKind.INVALID, "documents.docx.no-article", () -> DocxOutlineParser.parse(docx));
        assertTrue(e.getMessage().startsWith("Không tìm thấy Điều nào"), e.getMessage());
    }

    @Test
    void rejectsADuplicateArticleNumberNamingIt() {
        byte[] docx = TestDocx.create().p("Điều 1. Một").p("Điều 2. Hai").p("Điều 2. Lại hai").bytes();
        AppException e = assertRefused(ErrorKind.INVALID, "documents.docx.duplicate-article",
                () -> DocxOutlineParser.parse(docx));
        assertEquals(List.of("2"), e.args());
        assertTrue(e.getMessage().contains("Điều 2"), e.getMessage());
    }

    @Test
    void rejectsADuplicateChapterNumber() {
        byte[] docx = TestDocx.create().centered("Chương I. MỘT").p("Điều 1. Một")
                .centered("CHƯƠNG I. LẠI MỘT").p("Điều 2. Hai").bytes();
        AppException e = assertRefused(ErrorKind.INVALID, "documents.docx.duplicate-chapter",
                () -> DocxOutlineParser.parse(docx));
        assertTrue(e.getMessage().contains("Chương I"), e.getMessage());
    }

    @Test
    void rejectsASectionOutsideAnyChapter() {
        byte[] docx = TestDocx.create().centered("Mục 1. CHUNG").p("Điều 1. Một").bytes();
        assertRefused(ErrorKind.INVALID, "documents.docx.section-outside-chapter", () -> DocxOutlineParser.parse(docx));
    }

    @Test
    void rejectsAnArticleBetweenAChapterAndItsFirstSection() {
        byte[] docx = TestDocx.create().centered("Chương I. CHUNG").p("Điều 1. Một")
                .centered("Mục 1. RIÊNG").p("Điều 2. Hai").bytes();
        AppException e = assertRefused(ErrorKind.INVALID, "documents.docx.article-before-section",
                () -> DocxOutlineParser.parse(docx));
        assertEquals(List.of("Điều 1", "Chương I"), e.args());
    }

    /** An upload that never ends, counting what was read from it. */
    private static final class CountingEndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'x');
            read += len;
            return len;
        }
    }
}

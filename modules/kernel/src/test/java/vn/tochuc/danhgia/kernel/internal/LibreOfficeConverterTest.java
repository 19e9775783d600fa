package vn.tochuc.danhgia.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.ErrorKind;
import vn.tochuc.danhgia.kernel.Messages;

/** The PDF converter on the real LibreOffice (required under {@code CI=true}, skipped elsewhere when missing). */
class LibreOfficeConverterTest {

    @TempDir
    Path temp;

    @Test
    void convertsADocxToAPdfThatKeepsTheVietnameseText() throws IOException {
        requireLibreOffice();
        try (LibreOfficeConverter converter = new LibreOfficeConverter("", Duration.ofSeconds(120), 1)) {
            byte[] pdf = converter.toPdf(docx("Sở Tài chính", "Báo cáo tiếp thu, giải trình ý kiến góp ý"), "docx");
            assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
            String text = text(pdf);
            assertTrue(text.contains("Sở Tài chính"), text);
            assertTrue(text.contains("Báo cáo tiếp thu, giải trình ý kiến góp ý"), text);
        }
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        requireLibreOffice();
        long before = ownTempFolders();
        try (LibreOfficeConverter converter = new LibreOfficeConverter("", Duration.ofSeconds(120), 1)) {
            converter.toPdf(docx("Ủy ban kiểm tra"), "docx");
            assertEquals(before + 1, ownTempFolders(), "only the profiles folder is kept while the converter lives");
        }
        assertEquals(before, ownTempFolders(), "closing the converter deletes its profiles");
    }

    @Test
    void runsOneConversionAtATimeWhenParallelIsOne() throws Exception {
        Path log = temp.resolve("runs.log");
        Path fake = temp.resolve("fake-soffice");
        Files.writeString(fake, "#!/bin/sh\nwhile [ $# -gt 0 ]; do [ \"$1\" = --outdir ] && dir=$2; shift; done\n"
                + "echo start >> " + log + "\nsleep 0.3\necho end >> " + log + "\n"
                + "printf '%%PDF-1.4 fake' > \"$dir/document.pdf\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        try (LibreOfficeConverter converter = new LibreOfficeConverter(fake.toString(), Duration.ofSeconds(20), 1)) {
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Thread t = new Thread(() -> converter.toPdf(new byte[] {1}, "docx"));
                t.start();
                threads.add(t);
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        assertEquals(List.of("start", "end", "start", "end", "start", "end"), Files.readAllLines(log));
    }

    @Test
    void aMissingLibreOfficeIs503WithAMessageSayingSo() {
        Path nowhere = temp.resolve("no-soffice-here");
        try (LibreOfficeConverter converter = new LibreOfficeConverter(nowhere.toString(), Duration.ofSeconds(5), 1)) {
            assertFalse(converter.available());
            AppException e = assertThrows(AppException.class, () -> converter.toPdf(new byte[] {1}, "docx"));
            assertEquals(ErrorKind.UNAVAILABLE, e.kind());
            assertEquals(503, e.kind().status());
            assertTrue(e.text(Messages.VIETNAMESE).startsWith("Máy chủ chưa cài LibreOffice nên chưa xuất được PDF"));
        }
    }

    @Test
    void aConversionOverTheTimeLimitIsStoppedAnd503() throws IOException {
        Path slow = temp.resolve("slow-soffice");
        Files.writeString(slow, "#!/bin/sh\nsleep 30\n");
        assertTrue(slow.toFile().setExecutable(true));
        try (LibreOfficeConverter converter = new LibreOfficeConverter(slow.toString(), Duration.ofMillis(700), 1)) {
            long start = System.nanoTime();
            AppException e = assertThrows(AppException.class, () -> converter.toPdf(new byte[] {1}, "docx"));
            assertEquals("error.pdf.timeout", e.key());
            assertEquals(ErrorKind.UNAVAILABLE, e.kind());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 15, "the process was killed");
        }
    }

    @Test
    void aBinaryThatMakesNoPdfIsAFailure() throws IOException {
        Path broken = temp.resolve("broken-soffice");
        Files.writeString(broken, "#!/bin/sh\necho 'Error: source file could not be loaded'\nexit 0\n");
        assertTrue(broken.toFile().setExecutable(true));
        try (LibreOfficeConverter converter = new LibreOfficeConverter(broken.toString(), Duration.ofSeconds(10), 1)) {
            AppException e = assertThrows(AppException.class, () -> converter.toPdf(new byte[] {1}, "docx"));
            assertEquals("error.pdf.failed", e.key());
            assertEquals(500, e.kind().status());
        }
    }

    /** Fails under CI=true (CI installs LibreOffice), skips elsewhere. */
    static void requireLibreOffice() {
        if (LibreOffice.find("").isPresent()) {
            return;
        }
        String message = "LibreOffice is not installed: PDF conversion tests skipped. "
                + "Install Debian's libreoffice-writer-nogui to run them.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " Under CI=true a missing LibreOffice is a failure.");
        }
        Assumptions.abort(message);
    }

    static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static long ownTempFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("danhgia-pdf-")
                    || p.getFileName().toString().startsWith("danhgia-office-")).count();
        }
    }
}

package vn.tochuc.danhgia.rating.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void theTypeIsToldByTheContent() throws IOException {
        assertEquals(Optional.of(FileTypes.PDF), FileTypes.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileTypes.PNG), FileTypes.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n',
                0x1a, '\n', 0}));
        assertEquals(Optional.of(FileTypes.JPEG), FileTypes.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff,
                (byte) 0xe0}));
        assertEquals(Optional.of(FileTypes.DOCX), FileTypes.sniff(zip("word/document.xml")));
        assertEquals(Optional.of(FileTypes.XLSX), FileTypes.sniff(zip("xl/workbook.xml")));
    }

    @Test
    void otherFilesAreNoneOfTheAcceptedTypes() throws IOException {
        assertEquals(Optional.empty(), FileTypes.sniff("MZ executable".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileTypes.sniff(zip("payload.exe")));
        assertEquals(Optional.empty(), FileTypes.sniff(new byte[] {'P', 'K'}));
    }

    @Test
    void theExtensionMustNameTheSameType() {
        assertTrue(FileTypes.PDF.named("Báo cáo.PDF"));
        assertTrue(FileTypes.JPEG.named("anh.jpeg"));
        assertFalse(FileTypes.PDF.named("bao-cao.docx"));
    }
}

package vn.tochuc.danhgia.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.tochuc.danhgia.documents.TestDocx;

/** .docx files whose document.xml inflates to many megabytes: a run of one repeated character, or of letters. */
final class ZipBombs {

    private ZipBombs() {}

    static byte[] docxWithHugeDocumentXml(int characters) throws IOException {
        return docxWithDocumentXml(characters, false);
    }

    /** A .docx whose document.xml is large but compresses poorly, as a long text really would: no bomb ratio. */
    static byte[] docxWithLargeIncompressibleDocumentXml(int characters) throws IOException {
        return docxWithDocumentXml(characters, true);
    }

    private static byte[] docxWithDocumentXml(int characters, boolean random) throws IOException {
        byte[] normal = TestDocx.create().p("Điều 1. Phạm vi").bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normal));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    writeDocument(zip, characters, random);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeDocument(ZipOutputStream zip, int characters, boolean random) throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w="
                + "\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
        zip.write(head.getBytes(StandardCharsets.UTF_8));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'A');
        Random letters = new Random(1);
        for (int written = 0; written < characters; written += chunk.length) {
            if (random) {
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) ('a' + letters.nextInt(26));
                }
            }
            zip.write(chunk, 0, Math.min(chunk.length, characters - written));
        }
        zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
}

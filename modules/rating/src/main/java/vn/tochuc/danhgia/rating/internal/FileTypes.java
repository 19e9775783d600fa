package vn.tochuc.danhgia.rating.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence file types accepted, told by their content: PDF ({@code %PDF-}), PNG, JPEG, and DOCX/XLSX (a ZIP whose
 * entries include {@code word/document.xml} or {@code xl/workbook.xml}). The extension must say the same.
 */
enum FileTypes {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PNG("png", "image/png"),
    JPEG("jpg", "image/jpeg");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String extension;
    private final String mediaType;

    FileTypes(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }

    /** The type the bytes are, or empty when none of the accepted ones. */
    static Optional<FileTypes> sniff(byte[] data) {
        if (starts(data, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (starts(data, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (starts(data, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return starts(data, ZIP_MAGIC) ? office(data) : Optional.empty();
    }

    /** Whether the file name's extension names this type ({@code .jpeg} too for JPEG). */
    boolean named(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith("." + extension) || (this == JPEG && name.endsWith(".jpeg"));
    }

    private static Optional<FileTypes> office(byte[] data) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(XLSX);
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean starts(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

package vn.tochuc.danhgia.documents.internal.docx;

import java.io.IOException;
import java.util.Set;

/**
 * The checks made on the raw bytes before POI sees them: empty, too large, a Word 97-2003 file, not a zip,
 * a zip bomb, a zip that is no Office document.
 */
final class DocxPreflight {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    /** OLE2 compound file: a .doc, or a password-protected .docx, which Word also stores in this container. */
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};

    private DocxPreflight() {}

    static void check(byte[] docx, DocxLimits limits) {
        if (docx.length == 0) {
            throw DocxErrors.empty();
        }
        if (docx.length > limits.maxBytes()) {
            throw DocxErrors.tooLarge(limits.maxBytes());
        }
        if (startsWith(docx, OLE2)) {
            throw DocxErrors.legacyFormat();
        }
        if (!startsWith(docx, ZIP)) {
            throw DocxErrors.notDocx();
        }
        Set<String> names;
        try {
            names = ZipBombGuard.scan(docx, limits);
        } catch (IOException | IllegalArgumentException e) {
            // ZipException for a damaged archive, IllegalArgumentException for undecodable entry names
            throw DocxErrors.notDocx();
        }
        if (names.isEmpty()) {
            throw DocxErrors.notDocx();
        }
        if (!names.contains("[Content_Types].xml")) {
            throw DocxErrors.notWord();
        }
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
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

package vn.tochuc.danhgia.documents.internal.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.tochuc.danhgia.documents.Outline;

/**
 * Reads a draft regulation (.docx) into its {@link Outline}.
 *
 * <p>Every refusal is an {@link vn.tochuc.danhgia.kernel.AppException} with a {@code documents.docx.*} key: empty
 * or not a .docx (INVALID), a Word 97-2003 file or a zip that is not a Word document (UNSUPPORTED_TYPE), too large or
 * a zip bomb (TOO_LARGE), no article, a duplicate chương/mục/điều number (INVALID). The bytes are checked before
 * POI opens them, so a malicious file costs no more memory than the limits allow.
 */
public final class DocxOutlineParser {

    private DocxOutlineParser() {}

    public static Outline parse(byte[] docx) {
        return parse(docx, DocxLimits.defaults());
    }

    public static Outline parse(byte[] docx, DocxLimits limits) {
        DocxPreflight.check(docx, limits);
        XWPFDocument document = DocxOpener.open(docx);
        try {
            return read(document);
        } finally {
            DocxOpener.revert(document.getPackage());
        }
    }

    /** Reads at most one byte more than the limit, so an oversized upload is refused without being buffered. */
    public static Outline parse(InputStream in, DocxLimits limits) {
        byte[] docx;
        try {
            docx = in.readNBytes((int) Math.min(limits.maxBytes() + 1, Integer.MAX_VALUE - 8L));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded .docx", e);
        }
        if (docx.length > limits.maxBytes()) {
            throw DocxErrors.tooLarge(limits.maxBytes());
        }
        return parse(docx, limits);
    }

    private static Outline read(XWPFDocument document) {
        LineReader lines = new LineReader(document);
        OutlineAssembler assembler = new OutlineAssembler();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.read(paragraph).ifPresent(line -> lines.opened(assembler.accept(line), line));
            } else if (element instanceof XWPFTable table) {
                assembler.accept(lines.table(table));
            } else if (element instanceof XWPFSDT control) {
                // A block content control: its text, line by line, without formatting or numbering.
                for (String text : control.getContent().getText().split("\n")) {
                    Line line = Line.plain(text);
                    if (!line.text().isEmpty()) {
                        lines.opened(assembler.accept(line), line);
                    }
                }
            }
        }
        return assembler.build();
    }
}

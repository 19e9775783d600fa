package vn.tochuc.danhgia.kernel;

/**
 * Turns an office document the product made (.docx; .xlsx where LibreOffice Calc is installed) into PDF, through
 * LibreOffice run headless on the server.
 *
 * <p>Every failure is an {@link AppException} that the REST layer answers as a problem: LibreOffice missing, busy or
 * too slow is 503 ({@code error.pdf.office-missing}, {@code error.pdf.busy}, {@code error.pdf.timeout}); a document
 * it could not convert is 500 ({@code error.pdf.failed}). A caller never gets a partial PDF.
 */
public interface PdfConverter {

    /** The PDF media type, for {@code @Produces}. */
    String MEDIA_TYPE = "application/pdf";

    /**
     * The document as PDF.
     *
     * @param document the document's bytes
     * @param extension its kind, {@code "docx"} or {@code "xlsx"}, which tells LibreOffice how to read it
     */
    byte[] toPdf(byte[] document, String extension);

    /** Whether LibreOffice was found (the configured {@code app.office.path}, or one of the usual places). */
    boolean available();
}

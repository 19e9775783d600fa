package vn.tochuc.danhgia.consultations.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tochuc.danhgia.consultations.AnswerService;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.PdfConverter;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/**
 * The unit's official answer as .docx or .pdf, for the download buttons of {@code unit/answer.xhtml}. The file is
 * made before the answer starts, so a failure (nothing submitted, LibreOffice missing) is a message on the page.
 */
@Named
@RequestScoped
public class OfficialAnswerFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    AnswerService answers;

    @Inject
    PdfConverter pdf;

    public StreamedContent docx(long consultationId) {
        try {
            return file(answers.officialDocx(consultationId), consultationId, "docx", DOCX);
        } catch (AppException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public StreamedContent pdf(long consultationId) {
        try {
            byte[] bytes = pdf.toPdf(answers.officialDocx(consultationId), "docx");
            return file(bytes, consultationId, "pdf", PdfConverter.MEDIA_TYPE);
        } catch (AppException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    private static StreamedContent file(byte[] bytes, long consultationId, String extension, String type) {
        return DefaultStreamedContent.builder().name("y-kien-gop-y-" + consultationId + "." + extension)
                .contentType(type).stream(() -> new ByteArrayInputStream(bytes)).build();
    }
}

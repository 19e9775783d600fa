package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Sends a file as the answer to a GET of the page ({@code ?id=5&download=docx}), so that a download is a plain
 * link: bookmarkable, and testable with a fetch from the signed-in browser.
 */
final class Downloads {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static void send(byte[] content, String fileName, String contentType) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseContentLength(content.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try {
            external.getResponseOutputStream().write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}

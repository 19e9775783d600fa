package vn.tochuc.danhgia.frameworks.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.Messages;

/** Small things every screen of the module needs. */
final class Screens {

    private Screens() {}

    static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.VIETNAMESE : faces.getViewRoot().getLocale();
    }

    static boolean english() {
        return Messages.ENGLISH.getLanguage().equals(Messages.supported(locale()).getLanguage());
    }

    static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    /** Redirects within the application, keeping the messages for the next page. */
    static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

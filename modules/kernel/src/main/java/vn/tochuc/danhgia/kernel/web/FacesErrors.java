package vn.tochuc.danhgia.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Messages;

/** Shows a use case's failure on the current screen, in the user's language, one message per bad field. */
public final class FacesErrors {

    private FacesErrors() {}

    public static void show(AppException e) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Messages.VIETNAMESE : faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.text(locale), null));
        for (FieldError field : e.fieldErrors()) {
            String text = Messages.label(locale, "field." + field.field(), field.field()) + ": "
                    + Messages.get(locale, field.key(), field.args().toArray());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    public static void info(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() == null ? Messages.VIETNAMESE : faces.getViewRoot().getLocale();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.get(locale, key, args), null));
    }
}

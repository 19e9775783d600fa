package vn.tochuc.danhgia.consolidation.web;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.Messages;

/** The language of the screen being rendered (Vietnamese outside a Faces request). */
final class ViewLocale {

    private ViewLocale() {}

    static Locale current() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Messages.VIETNAMESE : faces.getViewRoot().getLocale();
    }
}

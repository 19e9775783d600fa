package vn.tochuc.danhgia.kernel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.Messages;

/**
 * The language a user picked in the top bar, Vietnamese until they pick another. Kept in the session (and in a
 * session attribute, so that {@link Caller#locale()} sees it too).
 */
@Named
@SessionScoped
public class UserLocale implements Serializable {

    private static final long serialVersionUID = 1L;
    private Locale locale = Messages.VIETNAMESE;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isEnglish() {
        return Messages.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public void switchTo(String language) {
        locale = Messages.supported(Locale.forLanguageTag(language));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        faces.getExternalContext().getSessionMap().put(Caller.LOCALE_ATTRIBUTE, locale);
    }
}

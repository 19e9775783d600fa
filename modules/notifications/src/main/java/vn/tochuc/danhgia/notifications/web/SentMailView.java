package vn.tochuc.danhgia.notifications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;
import vn.tochuc.danhgia.notifications.SentMail;
import vn.tochuc.danhgia.notifications.SentMailService;

/**
 * Backs {@code admin/sent-mail.xhtml} ("Thư đã gửi"): the mails a demo kept instead of sending them, newest first,
 * each with its body as the unit would have received it. When mail really goes out, the page says so and is empty.
 */
@Named
@ViewScoped
public class SentMailView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;

    @Inject
    transient SentMailService sentMail;

    private List<SentMail> rows = List.of();

    @PostConstruct
    public void load() {
        try {
            rows = sentMail.newest(SHOWN);
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isCatching() {
        return sentMail.catching();
    }

    public List<SentMail> getRows() {
        return rows;
    }
}

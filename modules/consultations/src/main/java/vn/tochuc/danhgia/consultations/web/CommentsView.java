package vn.tochuc.danhgia.consultations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tochuc.danhgia.consultations.CommentsByNode;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.web.FacesErrors;

/** Backs {@code board/consultation-comments.xhtml?id=}: submitted comments grouped by node in document order. */
@Named
@ViewScoped
public class CommentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    private long id;
    private ConsultationView consultation;
    private CommentsByNode comments;
    private boolean onlyCommented;

    public void load() {
        try {
            consultation = consultations.get(id);
            comments = consultations.comments(id);
        } catch (AppException e) {
            FacesErrors.show(e);
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public ConsultationView getConsultation() {
        return consultation;
    }

    public CommentsByNode getComments() {
        return comments;
    }

    public boolean isOnlyCommented() {
        return onlyCommented;
    }

    public void setOnlyCommented(boolean onlyCommented) {
        this.onlyCommented = onlyCommented;
    }
}

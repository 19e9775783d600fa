package vn.tochuc.danhgia.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationView;

/** Backs {@code board/consultations.xhtml}: every consultation with its state, deadline and answers so far. */
@Named
@ViewScoped
public class ConsultationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    private List<ConsultationView> rows;

    @PostConstruct
    public void load() {
        rows = consultations.list();
    }

    public List<ConsultationView> getRows() {
        return rows;
    }
}

package vn.tochuc.danhgia.consolidation.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.ConsolidationView;
import vn.tochuc.danhgia.consolidation.internal.ConsultationComments;

/** Backs {@code board/consolidations.xhtml}: the closed and consolidated consultations with their progress. */
@Named
@ViewScoped
public class ConsolidationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationComments consultations;

    @Inject
    transient ConsolidationService consolidation;

    private List<ConsolidationView> rows;

    @PostConstruct
    public void load() {
        rows = consultations.consolidable().stream().map(c -> consolidation.overview(c.id())).toList();
    }

    public List<ConsolidationView> getRows() {
        return rows;
    }
}

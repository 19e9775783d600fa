package vn.tochuc.danhgia.consultations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.consultations.ConsultationService;
import vn.tochuc.danhgia.consultations.ConsultationState;
import vn.tochuc.danhgia.consultations.ConsultationView;

/**
 * Backs {@code board/consultations.xhtml}: every consultation with its state, deadline and answers so far, searchable
 * and filtered by state and year. The list is held whole: a province runs a handful of rounds a year, so even a
 * decade stays far below the size where paging in the database would pay.
 */
@Named
@ViewScoped
public class ConsultationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ConsultationService consultations;

    private List<ConsultationView> rows;
    private List<ConsultationView> filtered;

    @PostConstruct
    public void load() {
        rows = consultations.list();
    }

    public boolean search(Object row, Object filter, Locale locale) {
        return ConsultationFilters.search(row, filter);
    }

    public boolean inYear(Object value, Object filter, Locale locale) {
        return ConsultationFilters.inYear(value, filter);
    }

    public List<Integer> getYears() {
        return ConsultationFilters.years(rows.stream().map(ConsultationView::deadline).toList());
    }

    public ConsultationState[] getStates() {
        return ConsultationState.values();
    }

    public List<ConsultationView> getRows() {
        return rows;
    }

    public List<ConsultationView> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<ConsultationView> filtered) {
        this.filtered = filtered;
    }
}

package vn.tochuc.danhgia.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.kernel.Zones;

/**
 * Backs {@code admin/audit.xhtml}: the log filtered by actor, action, entity and dates, newest first. Each summary is
 * shown in the language of the screen where it was written with a key ({@link AuditRecord#summaryIn}).
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> ACTIONS = List.of("CREATE", "UPDATE", "DELETE", "DEACTIVATE", "IMPORT",
            "LOGIN_SUCCESS", "LOGIN_FAILURE", "LOGOUT", "PASSWORD_CHANGE", "PASSWORD_RESET", "ROLE_CHANGE");

    @Inject
    transient AuditLog auditLog;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private AuditRecord selected;
    private final LazyDataModel<AuditRecord> model = new Model();

    private AuditQuery query(int page, int size) {
        return new AuditQuery(actor, action, entityType, entityId,
                from == null ? null : from.atStartOfDay(Zones.VIETNAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant(), page, size);
    }

    /** Loads one page at a time; the log can hold millions of rows. */
    private final class Model extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) auditLog.search(query(0, 1)).total();
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            int size = Math.max(1, pageSize);
            Page<AuditRecord> page = auditLog.search(query(first / size, size));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditRecord row) {
            return Long.toString(row.id());
        }

        @Override
        public AuditRecord getRowData(String rowKey) {
            return getWrappedData() == null ? null
                    : ((List<AuditRecord>) getWrappedData()).stream()
                            .filter(r -> Long.toString(r.id()).equals(rowKey)).findFirst().orElse(null);
        }
    }

    public LazyDataModel<AuditRecord> getModel() {
        return model;
    }

    public List<String> getActions() {
        return ACTIONS;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public AuditRecord getSelected() {
        return selected;
    }

    public void setSelected(AuditRecord selected) {
        this.selected = selected;
    }
}

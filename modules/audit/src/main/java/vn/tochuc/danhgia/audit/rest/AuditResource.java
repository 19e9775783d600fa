package vn.tochuc.danhgia.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.tochuc.danhgia.audit.AuditLog;
import vn.tochuc.danhgia.audit.AuditQuery;
import vn.tochuc.danhgia.audit.AuditRecord;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.Zones;

/** Finds audit entries; {@code from} and {@code to} are dates (yyyy-MM-dd, Vietnam time), both inclusive. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    @Inject
    AuditLog auditLog;

    @GET
    public Page<AuditRecord> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        return auditLog.search(new AuditQuery(actor, action, entityType, entityId,
                fromDate == null ? null : fromDate.atStartOfDay(Zones.VIETNAM).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(Zones.VIETNAM).toInstant(),
                page == null || page < 0 ? 0 : page, Page.clampSize(size, 50)));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw AppException.invalid(java.util.List.of(FieldError.of(field, "audit.error.date")));
        }
    }
}

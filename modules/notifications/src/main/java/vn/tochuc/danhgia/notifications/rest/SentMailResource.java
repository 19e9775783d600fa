package vn.tochuc.danhgia.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.notifications.SentMail;
import vn.tochuc.danhgia.notifications.SentMailService;

/** {@code /api/v1/sent-mail}: the mails a demo kept instead of sending them, newest first (ADMIN). */
@Path("v1/sent-mail")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class SentMailResource {

    @Inject
    SentMailService sentMail;

    @Operation(summary = "Thư đã gửi (bản chạy thử giữ lại thay vì gửi qua máy chủ thư)")
    @GET
    public List<SentMail> newest(@QueryParam("max") @DefaultValue("100") int max) {
        return sentMail.newest(max);
    }
}

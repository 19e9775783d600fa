package vn.tochuc.danhgia.notifications.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.notifications.NoticeView;
import vn.tochuc.danhgia.notifications.Notifier;

/** {@code /api/v1/notices}: each user reads and marks only their own notices. */
@Path("v1/notices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN})
public class NoticeResource {

    @Inject
    Notifier notifier;

    @GET
    public List<NoticeView> mine(@QueryParam("max") @DefaultValue("50") int max) {
        return notifier.mine(max);
    }

    @GET
    @Path("unread")
    public Map<String, Long> unread() {
        return Map.of("unread", notifier.unreadCount());
    }

    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") long id) {
        notifier.markRead(id);
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifier.markAllRead();
        return Response.noContent().build();
    }
}

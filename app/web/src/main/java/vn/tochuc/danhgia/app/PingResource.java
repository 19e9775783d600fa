package vn.tochuc.danhgia.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code GET /api/v1/ping}: the cheapest authenticated request the server can answer. It lets a client check its
 * credentials, and the read benchmark uses it as the floor other endpoints are compared to.
 */
@Path("v1/ping")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.UNIT, Roles.PLUGIN_ADMIN})
public class PingResource {

    @GET
    public Map<String, Boolean> ping() {
        return Map.of("ok", true);
    }
}

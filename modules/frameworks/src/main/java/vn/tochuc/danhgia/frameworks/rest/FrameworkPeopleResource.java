package vn.tochuc.danhgia.frameworks.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import vn.tochuc.danhgia.frameworks.PeopleService;
import vn.tochuc.danhgia.frameworks.PersonDraft;
import vn.tochuc.danhgia.frameworks.PersonView;
import vn.tochuc.danhgia.identity.CurrentUser;
import vn.tochuc.danhgia.kernel.Roles;

/** {@code /api/v1/framework-people}: the chief and deputies a unit lists per year. */
@Path("v1/framework-people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrameworkPeopleResource {

    @Inject
    PeopleService people;

    @Inject
    CurrentUser me;

    @Context
    UriInfo uriInfo;

    /** {@code unit} defaults to the caller's own. */
    @GET
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<PersonView> list(@QueryParam("year") Integer year, @QueryParam("unit") String unit) {
        String code = unit == null || unit.isBlank() ? me.unitCode().orElse("") : unit.strip();
        return people.list(code.toUpperCase(Locale.ROOT), Params.year(year));
    }

    @POST
    @RolesAllowed(Roles.UNIT)
    public Response add(PersonDraft draft) {
        PersonView added = people.add(Params.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public PersonView update(@PathParam("id") long id, PersonDraft changes) {
        return people.update(id, Params.required(changes));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        people.remove(id, version);
        return Response.noContent().build();
    }
}

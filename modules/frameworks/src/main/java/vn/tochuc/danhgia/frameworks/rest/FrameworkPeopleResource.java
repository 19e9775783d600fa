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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Liệt kê người đứng đầu và cấp phó",
            description = "unit mặc định là đơn vị của người gọi.")
    @APIResponse(responseCode = "200", description = "Danh sách theo năm",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @GET
    @RolesAllowed({Roles.BOARD, Roles.UNIT})
    public List<PersonView> list(@QueryParam("year") Integer year, @QueryParam("unit") String unit) {
        String code = unit == null || unit.isBlank() ? me.unitCode().orElse("") : unit.strip();
        return people.list(code.toUpperCase(Locale.ROOT), Params.year(year));
    }

    @Operation(summary = "Thêm người đứng đầu hoặc cấp phó")
    @APIResponse(responseCode = "201", description = "Đã thêm; Location trỏ tới người đó",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @POST
    @RolesAllowed(Roles.UNIT)
    public Response add(PersonDraft draft) {
        PersonView added = people.add(Params.required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(added.id())).build())
                .entity(added).build();
    }

    @Operation(summary = "Sửa thông tin một người",
            description = "version phải là phiên bản đã đọc.")
    @APIResponse(responseCode = "200", description = "Đã sửa",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public PersonView update(@PathParam("id") long id, PersonDraft changes) {
        return people.update(id, Params.required(changes));
    }

    @Operation(summary = "Xóa một người",
            description = "version (tham số truy vấn) là phiên bản đã đọc.")
    @APIResponse(responseCode = "204", description = "Đã xóa")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.UNIT)
    public Response remove(@PathParam("id") long id, @QueryParam("version") Long version) {
        people.remove(id, version);
        return Response.noContent().build();
    }
}

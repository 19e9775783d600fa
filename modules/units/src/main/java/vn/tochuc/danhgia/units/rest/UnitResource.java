package vn.tochuc.danhgia.units.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.Caller;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Page;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.rest.Uploads;
import vn.tochuc.danhgia.units.UnitChanges;
import vn.tochuc.danhgia.units.UnitDraft;
import vn.tochuc.danhgia.units.UnitGroupDraft;
import vn.tochuc.danhgia.units.UnitGroupView;
import vn.tochuc.danhgia.units.UnitQuery;
import vn.tochuc.danhgia.units.UnitService;
import vn.tochuc.danhgia.units.UnitTreeNode;
import vn.tochuc.danhgia.units.UnitView;

/**
 * {@code /api/v1/units}. Administrators change units; Board and IT staff read them (to choose recipients and assign
 * plugins). Unit staff do not list other units.
 */
@Path("v1/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UnitResource {

    static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    @Inject
    UnitService units;

    @Inject
    Caller caller;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public Page<UnitView> list(@QueryParam("q") String text, @QueryParam("group") String group,
            @QueryParam("active") Boolean active, @QueryParam("sort") @DefaultValue("code") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return units.list(new UnitQuery(text, group, active, sort, descending, page == null || page < 0 ? 0 : page,
                Page.clampSize(size, 100)));
    }

    @GET
    @Path("groups")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public List<UnitGroupView> groups() {
        return units.groups();
    }

    @POST
    @Path("groups")
    public UnitGroupView saveGroup(UnitGroupDraft draft) {
        return units.saveGroup(required(draft));
    }

    @GET
    @Path("tree")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public List<UnitTreeNode> tree() {
        return units.tree();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.ADMIN, Roles.BOARD, Roles.PLUGIN_ADMIN})
    public UnitView get(@PathParam("code") String code) {
        return units.get(code);
    }

    @POST
    public Response create(UnitDraft draft) {
        UnitView created = units.create(required(draft));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    public UnitView update(@PathParam("code") String code, UnitChanges changes) {
        return units.update(code, required(changes));
    }

    @POST
    @Path("{code}/deactivate")
    public UnitView deactivate(@PathParam("code") String code, @QueryParam("version") Long version) {
        return units.deactivate(code, version);
    }

    /** Multipart field {@code file}; with {@code dryRun=true} only says what would happen. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Object importFile(List<EntityPart> parts, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun) {
        Uploads.UploadedFile file = Uploads.file(parts, "file", MAX_IMPORT_BYTES);
        if (dryRun) {
            return ImportPreviewJson.of(units.previewImport(file.fileName(), file.content()), caller.locale());
        }
        return units.importFile(file.fileName(), file.content());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw AppException.invalid(List.of(FieldError.of("body", "error.field.required")));
        }
        return body;
    }
}

package vn.tochuc.danhgia.documents.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tochuc.danhgia.documents.DocumentService;
import vn.tochuc.danhgia.documents.DocumentView;
import vn.tochuc.danhgia.documents.StructureEdit;
import vn.tochuc.danhgia.documents.VersionView;
import vn.tochuc.danhgia.documents.internal.DocxUploads;
import vn.tochuc.danhgia.kernel.AppException;
import vn.tochuc.danhgia.kernel.FieldError;
import vn.tochuc.danhgia.kernel.Roles;
import vn.tochuc.danhgia.kernel.rest.Uploads;

/**
 * {@code /api/v1/documents}: the Board uploads drafts (.docx), reads their outline, corrects the structure of a
 * version not sent yet, and starts new versions. Units read a draft through the consultation that sent it to them.
 */
@Path("v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BOARD)
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    DocxUploads settings;

    @Context
    UriInfo uriInfo;

    /** Multipart: {@code file} (the .docx) and, optionally, {@code title}. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        Uploads.UploadedFile file = Uploads.file(parts, "file", settings.maxBytes());
        DocumentView created = documents.upload(file.fileName(), file.content(), text(parts, "title"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", created.id());
        body.put("versionId", created.latest().id());
        body.put("version", created.latest().number());
        body.put("title", created.title());
        body.put("articles", created.latest().articles());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(body).build();
    }

    @GET
    public List<DocumentView> list() {
        return documents.list();
    }

    @GET
    @Path("{id}")
    public DocumentView get(@PathParam("id") long id) {
        return documents.get(id);
    }

    /** The outline of the newest version, or of {@code ?version=N}. */
    @GET
    @Path("{id}/outline")
    public JsonObject outline(@PathParam("id") long id, @QueryParam("version") Integer number) {
        return OutlineJson.toJson(documents.outline(version(id, number).id()));
    }

    @GET
    @Path("{id}/file")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response file(@PathParam("id") long id, @QueryParam("version") Integer number) {
        VersionView version = version(id, number);
        return Response.ok(documents.file(version.id()))
                .header("Content-Disposition", "attachment; filename=\"du-thao-" + id + "-lan-" + version.number()
                        + ".docx\"").build();
    }

    /** A new version from another .docx (multipart field {@code file}). */
    @POST
    @Path("{id}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadVersion(@PathParam("id") long id, List<EntityPart> parts) {
        Uploads.UploadedFile file = Uploads.file(parts, "file", settings.maxBytes());
        VersionView created = documents.uploadVersion(id, file.fileName(), file.content());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** A new version copied from the newest one, to be corrected and sent again. */
    @POST
    @Path("{id}/revisions")
    public Response revise(@PathParam("id") long id) {
        VersionView created = documents.revise(documents.latest(id).id());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** One correction of the newest version's structure; {@code version} is the version row's lock version. */
    @POST
    @Path("{id}/structure")
    public VersionView edit(@PathParam("id") long id, StructureRequest request) {
        if (request == null || request.version() == null) {
            throw AppException.invalid(List.of(FieldError.of("version", "error.field.required")));
        }
        StructureEdit edit = new StructureEdit(request.op(), request.path(), request.number(), request.title(),
                request.text(), request.line());
        return documents.edit(documents.latest(id).id(), edit, request.version());
    }

    /** The body of {@code POST …/structure}. */
    public record StructureRequest(StructureEdit.Op op, String path, String number, String title, String text,
            Integer line, Long version) {}

    private VersionView version(long id, Integer number) {
        DocumentView document = documents.get(id);
        if (number == null) {
            return document.latest();
        }
        return document.versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> AppException.notFound("documents.error.version-number-not-found", number, id));
    }

    private static String text(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> name.equals(p.getName())).findFirst().map(p -> {
            try {
                return new String(p.getContent().readNBytes(2000), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }
}

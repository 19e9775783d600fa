package vn.tochuc.danhgia.consolidation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.tochuc.danhgia.consolidation.ConsolidationService;
import vn.tochuc.danhgia.consolidation.RevisionDiff;
import vn.tochuc.danhgia.kernel.Roles;

/**
 * {@code GET /api/v1/documents/{id}/versions/{a}/diff/{b}}: the difference between versions {@code a} and {@code b} per
 * article, each changed node listing the comments it answers (described in {@code comments}). It lives here rather
 * than in the documents module because the comments are the consolidation's; Jersey merges it with the documents
 * resource of the same path.
 */
@Path("v1/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.BOARD)
public class VersionDiffResource {

    @Inject
    ConsolidationService consolidation;

    @GET
    @Path("{id}/versions/{a}/diff/{b}")
    public RevisionDiff diff(@PathParam("id") long id, @PathParam("a") int from, @PathParam("b") int to) {
        return consolidation.diff(id, from, to);
    }
}

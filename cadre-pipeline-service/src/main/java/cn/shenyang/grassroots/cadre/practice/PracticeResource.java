package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/practice-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Practice", description = "Posts with responsibilities in the village's key work")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class PracticeResource {
    static final String PATH = "/api/v1/practice-assignments";

    @Inject
    PracticeService service;

    @Inject
    PracticeQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createPracticeAssignment", summary = "Give a reserve cadre a post with responsibilities")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "409", description = "The cadre is not in the reserve pool")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PracticeRequests.CreatePracticeAssignment request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            PracticeAssignment p = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, p.id, PracticeView.of(p), p.version);
        });
    }

    @GET
    @Operation(operationId = "listPracticeAssignments", summary = "List practice assignments in your subtree")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(schema = @Schema(implementation = PracticePage.class)))
    public Page<PracticeView> list(
            @QueryParam("cadreId") UUID cadreId,
            @Parameter(description = "Only cadres of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") PracticeKind kind,
            @Parameter(description = "Only assignments running on this day (YYYY-MM-DD)") @QueryParam("activeOn") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new PracticeQueries.Filter(cadreId, orgUnitId, kind, activeOn), page).map(PracticeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPracticeAssignment", summary = "Read one practice assignment")
    @APIResponse(responseCode = "200", description = "The assignment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(PracticeView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePracticeAssignment", summary = "Update an assignment, end it, or record how it went")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PracticeView.class)))
    @APIResponse(responseCode = "404", description = "No such assignment in your scope")
    @IfMatch(PracticeService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PracticeRequests.UpdatePracticeAssignment request) {
        return Versions.ok(PracticeView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "PracticeAssignmentPage")
    public record PracticePage(List<PracticeView> items, int page, int size, long totalItems) {}
}

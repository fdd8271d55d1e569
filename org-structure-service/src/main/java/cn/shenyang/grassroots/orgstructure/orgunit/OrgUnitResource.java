package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import io.smallrye.mutiny.Uni;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Org units", description = "The organisation graph: city → district → sub-district/township → community/village")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class OrgUnitResource {
    @Inject
    OrgUnitService service;

    @Inject
    OrgUnitQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createOrgUnit", summary = "Create an org unit")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "409", description = "Name or division code already taken, or parent dissolved")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull OrgUnitRequests.CreateOrgUnit request,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/org-units", request, () -> {
            OrgUnit unit = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/org-units", unit.id, OrgUnitView.of(unit), unit.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrgUnit", summary = "Read one org unit")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return queries.view(id).map(Versions::ok);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateOrgUnit", summary = "Replace an org unit's name, division code and party organisation")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    @APIResponse(responseCode = "409", description = "Name or division code taken, or the unit is dissolved")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @IfMatch(OrgUnitService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrgUnitRequests.UpdateOrgUnit request) {
        return Versions.ok(OrgUnitView.of(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/move")
    @Operation(operationId = "moveOrgUnit", summary = "Move a unit and its whole subtree under a new parent")
    @APIResponse(responseCode = "200", description = "Moved", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    @APIResponse(responseCode = "409", description = "The move would make a cycle or break the level rules")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @IfMatch(OrgUnitService.class)
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrgUnitRequests.MoveOrgUnit request) {
        return Versions.ok(OrgUnitView.of(service.move(id, ifMatch, request.newParentId())));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/dissolve")
    @Operation(operationId = "dissolveOrgUnit", summary = "Dissolve a unit that has no active children")
    @APIResponse(responseCode = "200", description = "Dissolved", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    @APIResponse(responseCode = "409", description = "Active children remain, or already dissolved")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @IfMatch(OrgUnitService.class)
    public Response dissolve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrgUnitRequests.DissolveOrgUnit request) {
        return Versions.ok(OrgUnitView.of(service.dissolve(id, ifMatch, request.reason())));
    }

    @GET
    @Operation(operationId = "listOrgUnits", summary = "List org units",
            description = "Filters combine with AND. ancestorId gives the whole subtree below that unit.")
    @APIResponse(responseCode = "200", description = "A page of units",
            content = @Content(schema = @Schema(implementation = OrgUnitPage.class)))
    public Uni<Page<OrgUnitView>> list(
            @QueryParam("parentId") UUID parentId,
            @QueryParam("ancestorId") UUID ancestorId,
            @QueryParam("level") Level level,
            @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
            @QueryParam("divisionCode") String divisionCode,
            @QueryParam("status") OrgUnitStatus status,
            @Parameter(description = "path (default), name, level, divisionCode, createdAt, updatedAt; '-' prefix for descending")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new OrgUnitQueries.Filter(parentId, ancestorId, level, q, divisionCode, status, sort), page);
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(operationId = "listOrgUnitAncestors", summary = "The unit's ancestors, root first")
    @APIResponse(responseCode = "200", description = "Ancestors, root first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public List<OrgUnitView> ancestors(@PathParam("id") UUID id) {
        return queries.ancestors(id).stream().map(OrgUnitView::of).toList();
    }

    @GET
    @Path("/{id}/stats")
    @Operation(operationId = "getOrgUnitStats", summary = "Counts of active descendants by level")
    @APIResponse(responseCode = "200", description = "Descendant counts",
            content = @Content(schema = @Schema(implementation = OrgUnitStats.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public OrgUnitStats stats(@PathParam("id") UUID id) {
        return queries.stats(id);
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "getOrgTreeStats", summary = "Counts of active units by level in your whole visible tree")
    @APIResponse(responseCode = "200", description = "Unit counts",
            content = @Content(schema = @Schema(implementation = OrgTreeStats.class)))
    public OrgTreeStats treeStats() {
        return queries.treeStats();
    }

    /** Named page type so the OpenAPI document has a concrete schema for generated clients. */
    @Schema(name = "OrgUnitPage")
    public record OrgUnitPage(List<OrgUnitView> items, int page, int size, long totalItems) {}
}

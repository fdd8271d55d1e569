package cn.shenyang.grassroots.orgstructure.responsibility;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
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

@Path("/api/v1/responsibility-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Responsibility assignments", description = "包保 and the \"four ones\": who answers for which unit, and the units nobody covers")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ResponsibilityResource {
    @Inject
    ResponsibilityService service;

    @Inject
    ResponsibilityQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createResponsibilityAssignment", summary = "Make a leader, department or agency responsible for a unit")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ResponsibilityRequests.View.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ResponsibilityRequests.SaveResponsibilityAssignment request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/responsibility-assignments", request, () -> {
            ResponsibilityAssignment a = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/responsibility-assignments", a.id,
                    ResponsibilityRequests.View.of(a), a.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResponsibilityAssignment", summary = "Read one responsibility assignment")
    @APIResponse(responseCode = "200", description = "The assignment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ResponsibilityRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such assignment in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(ResponsibilityRequests.View.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateResponsibilityAssignment", summary = "Replace a responsibility assignment (set validTo to end it)")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ResponsibilityRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such assignment in your scope")
    @IfMatch(ResponsibilityService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ResponsibilityRequests.SaveResponsibilityAssignment request) {
        return Versions.ok(ResponsibilityRequests.View.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Operation(operationId = "listResponsibilityAssignments", summary = "List responsibility assignments")
    @APIResponse(responseCode = "200", description = "A page of assignments",
            content = @Content(schema = @Schema(implementation = AssignmentPage.class)))
    public Page<ResponsibilityRequests.View> list(
            @Parameter(description = "Assignments for units in this subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") ResponsibilityKind kind,
            @QueryParam("departmentId") UUID departmentId,
            @Parameter(description = "Only those active on this day") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "validFrom (default), kind; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new ResponsibilityQueries.Filter(orgUnitId, kind, departmentId, activeOn, sort), page);
    }

    @GET
    @Path("/coverage-gaps")
    @Operation(operationId = "listResponsibilityCoverageGaps", summary = "Units in a subtree missing any of the given kinds on a day",
            description = "Active units of the level (default VILLAGE) under orgUnitId, inclusive, that have no active "
                    + "assignment of at least one of the kinds (default the four ones: CITY_LEADER_LINK, "
                    + "TOWNSHIP_LEADER_COVER, FIRST_SECRETARY, PAIRED_AGENCY), each with the kinds it misses.")
    @APIResponse(responseCode = "200", description = "A page of units, in tree order",
            content = @Content(schema = @Schema(implementation = CoverageGapPage.class)))
    public Page<ResponsibilityRequests.CoverageGap> gaps(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("level") Level level,
            @Parameter(description = "Comma-separated kinds (default the four ones)") @QueryParam("kinds") String kinds,
            @Parameter(description = "Default today") @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageRequest page) {
        return queries.gaps(orgUnitId, level, kinds, on, page);
    }

    @Schema(name = "ResponsibilityAssignmentPage")
    public record AssignmentPage(List<ResponsibilityRequests.View> items, int page, int size, long totalItems) {}

    @Schema(name = "ResponsibilityCoverageGapPage")
    public record CoverageGapPage(List<ResponsibilityRequests.CoverageGap> items, int page, int size, long totalItems) {}
}

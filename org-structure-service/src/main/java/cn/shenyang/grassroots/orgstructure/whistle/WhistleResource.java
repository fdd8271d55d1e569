package cn.shenyang.grassroots.orgstructure.whistle;

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
import java.time.OffsetDateTime;
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

@Path("/api/v1/whistles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Whistles", description = "社区吹哨、部门报到: a community raises an issue, the sub-district dispatches it, "
        + "departments check in and act, the community confirms and rates")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class WhistleResource {
    @Inject
    WhistleService service;

    @Inject
    WhistleWorkflow workflow;

    @Inject
    WhistleQueries queries;

    @Inject
    WhistleStatsQueries stats;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "raiseWhistle", summary = "Raise a whistle for a community (status RAISED)")
    @APIResponse(responseCode = "201", description = "Raised", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = WhistleView.class)))
    public Response raise(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull WhistleRequests.RaiseWhistle request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/whistles", request, () -> {
            Whistle w = service.raise(request);
            return IdempotentCreates.Created.at(uri, "api/v1/whistles", w.id, service.view(w), w.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWhistle", summary = "Read one whistle with its departments")
    @APIResponse(responseCode = "200", description = "The whistle", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WhistleView.class)))
    @APIResponse(responseCode = "404", description = "No such whistle that you may see")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(service.view(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.DEPARTMENT_LIAISON})
    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "performWhistleAction", summary = "Take one workflow step",
            description = "DISPATCH/REDISPATCH (the sub-district: lead and co-handling departments), CHECK_IN, "
                    + "RECORD_PROGRESS (each department), REPORT_RESULT and RETURN (the lead), CONFIRM with a rating "
                    + "(the community; under 3 reopens it). occurredAt dates the step. GET …/allowed-actions says what you may do.")
    @APIResponse(responseCode = "200", description = "The whistle after the step", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WhistleView.class)))
    @APIResponse(responseCode = "404", description = "No such whistle that you may see")
    @APIResponse(responseCode = "409", description = "Not allowed now, or not for you: the problem says why")
    @IfMatch(WhistleService.class)
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WhistleRequests.PerformWhistleAction request) {
        return Versions.ok(service.view(workflow.perform(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listWhistleHistory", summary = "Every step of a whistle, in the order entered")
    @APIResponse(responseCode = "200", description = "The steps",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WhistleView.Step.class)))
    @APIResponse(responseCode = "404", description = "No such whistle that you may see")
    public List<WhistleView.Step> history(@PathParam("id") UUID id) {
        return queries.history(id);
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getWhistleAllowedActions", summary = "The steps you may take on this whistle now")
    @APIResponse(responseCode = "200", description = "Allowed steps",
            content = @Content(schema = @Schema(implementation = WhistleView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such whistle that you may see")
    public WhistleView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "ADMIN only: ask as this department") @QueryParam("departmentId") UUID departmentId) {
        return workflow.allowedActions(id, departmentId);
    }

    @GET
    @Path("/{id}/suggested-departments")
    @Operation(operationId = "listWhistleSuggestedDepartments", summary = "Departments to dispatch to, paired ones first",
            description = "The departments of the whistle's district: those paired with its community today first, then the others, by name.")
    @APIResponse(responseCode = "200", description = "Departments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WhistleQueries.SuggestedDepartment.class)))
    @APIResponse(responseCode = "404", description = "No such whistle that you may see")
    public List<WhistleQueries.SuggestedDepartment> suggestedDepartments(@PathParam("id") UUID id) {
        return queries.suggestedDepartments(id);
    }

    @GET
    @Operation(operationId = "listWhistles", summary = "List the whistles you may see",
            description = "Filters combine with AND. A liaison sees only the whistles sent to their department.")
    @APIResponse(responseCode = "404", description = "A unit, community, category or department a filter names is not one you may see")
    @APIResponse(responseCode = "200", description = "A page of whistles",
            content = @Content(schema = @Schema(implementation = WhistlePage.class)))
    public Page<WhistleView> list(
            @Parameter(description = "Whistles of communities in this subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("communityId") UUID communityId,
            @QueryParam("status") WhistleStatus status,
            @QueryParam("categoryId") UUID categoryId,
            @Parameter(description = "Whistles ever dispatched to this department") @QueryParam("departmentId") UUID departmentId,
            @Parameter(description = "Only overdue (true) or only not overdue (false) whistles") @QueryParam("overdue") Boolean overdue,
            @QueryParam("escalation") Escalation escalation,
            @Parameter(description = "Raised at or after") @QueryParam("raisedFrom") OffsetDateTime raisedFrom,
            @Parameter(description = "Raised before") @QueryParam("raisedTo") OffsetDateTime raisedTo,
            @Parameter(description = "raisedAt (default: newest first), updatedAt, checkInDeadline, resolveDeadline; "
                    + "'-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new WhistleQueries.Filter(orgUnitId, communityId, status, categoryId, departmentId, overdue,
                escalation, raisedFrom, raisedTo, sort), page);
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverdueWhistles", summary = "Overdue whistles, the earliest check-in deadline first",
            description = "Open (DISPATCHED or IN_PROGRESS) whistles whose lead has not checked in by the check-in deadline "
                    + "or that have no result by the resolution deadline.")
    @APIResponse(responseCode = "200", description = "A page of whistles",
            content = @Content(schema = @Schema(implementation = WhistlePage.class)))
    public Page<WhistleView> overdue(
            @Parameter(description = "Whistles of communities in this subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Whistles ever dispatched to this department") @QueryParam("departmentId") UUID departmentId,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new WhistleQueries.Filter(orgUnitId, null, null, null, departmentId, true, null, null, null,
                null), page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
    @GET
    @Path("/stats")
    @Operation(operationId = "getWhistleStats", summary = "Response, resolution and satisfaction of a subtree's whistles in a period",
            description = "Over the whistles raised in the period in the subtree; each figure's exact definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = WhistleStats.class)))
    public WhistleStats stats(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "First day of raising, inclusive (required)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of raising, inclusive (required)") @QueryParam("to") LocalDate to) {
        return stats.stats(orgUnitId, from, to);
    }

    @Schema(name = "WhistlePage")
    public record WhistlePage(List<WhistleView> items, int page, int size, long totalItems) {}
}

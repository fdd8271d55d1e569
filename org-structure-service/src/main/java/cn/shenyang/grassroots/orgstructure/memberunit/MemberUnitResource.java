package cn.shenyang.grassroots.orgstructure.memberunit;

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
import java.net.URI;
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

@Path("/api/v1/member-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member units", description = "Units on a sub-district's big working committee (大工委): duty reports (述职) "
        + "and the two-way evaluation")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class MemberUnitResource {
    /** Duty reports and votes are recorded once and never edited: their ETag is that of version 0, for good. */
    private static final long RECORDED = 0;
    @Inject
    MemberUnitService service;

    @Inject
    MemberUnitQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createMemberUnit", summary = "Add a member unit to a sub-district's working committee")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.View.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MemberUnitRequests.SaveMemberUnit request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/member-units", request, () -> {
            MemberUnit u = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/member-units", u.id, MemberUnitRequests.View.of(u), u.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMemberUnit", summary = "Read one member unit")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(MemberUnitRequests.View.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMemberUnit", summary = "Replace a member unit (status LEFT when it leaves the committee)")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    @IfMatch(MemberUnitService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberUnitRequests.SaveMemberUnit request) {
        return Versions.ok(MemberUnitRequests.View.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Operation(operationId = "listMemberUnits", summary = "List member units")
    @APIResponse(responseCode = "200", description = "A page of member units",
            content = @Content(schema = @Schema(implementation = MemberUnitPage.class)))
    public Page<MemberUnitRequests.View> list(
            @Parameter(description = "Member units of sub-districts in this subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") MemberUnitKind kind,
            @QueryParam("status") MemberUnitStatus status,
            @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "name (default), joinedOn, kind; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new MemberUnitQueries.Filter(orgUnitId, kind, status, q, sort), page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/duty-reports")
    @Operation(operationId = "createDutyReport", summary = "Record a year's duty report (述职) with its commitments")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.DutyReportView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    @APIResponse(responseCode = "409", description = "The unit already reported for that year")
    public Response report(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MemberUnitRequests.SaveDutyReport request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/member-units/" + id + "/duty-reports", request, () -> {
            MemberUnitRequests.DutyReportView d = service.report(id, request);
            return new IdempotentCreates.Created<>(single(uri, id, "duty-reports", d.id()), d, Versions.etag(RECORDED));
        });
    }

    @GET
    @Path("/{id}/duty-reports")
    @Operation(operationId = "listDutyReports", summary = "A member unit's duty reports, by year")
    @APIResponse(responseCode = "200", description = "The reports",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MemberUnitRequests.DutyReportView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    public List<MemberUnitRequests.DutyReportView> reports(@PathParam("id") UUID id) {
        return service.reports(id);
    }

    @GET
    @Path("/{id}/duty-reports/{reportId}")
    @Operation(operationId = "getDutyReport", summary = "Read one duty report of a member unit",
            description = "Where a created report's Location points; a report is recorded once and never edited, so its ETag stays \"0\".")
    @APIResponse(responseCode = "200", description = "The report", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.DutyReportView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope, or no such report of it")
    public Response getReport(@PathParam("id") UUID id, @PathParam("reportId") UUID reportId) {
        return Versions.ok(service.report(id, reportId), RECORDED);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/evaluations")
    @Operation(operationId = "createMemberUnitEvaluation", summary = "Record a year's evaluation vote, either direction",
            description = "The committee's vote on the unit, or the unit's vote on the committee (two-way evaluation); "
                    + "the result is the grade with the most votes, a tie going to the lower grade.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    @APIResponse(responseCode = "409", description = "That year's vote in that direction is already recorded")
    public Response evaluate(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MemberUnitRequests.SaveEvaluation request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/member-units/" + id + "/evaluations", request, () -> {
            MemberUnitRequests.EvaluationView e = service.evaluate(id, request);
            return new IdempotentCreates.Created<>(single(uri, id, "evaluations", e.id()), e, Versions.etag(RECORDED));
        });
    }

    @GET
    @Path("/{id}/evaluations")
    @Operation(operationId = "listMemberUnitEvaluations", summary = "A member unit's evaluation votes, both directions, by year")
    @APIResponse(responseCode = "200", description = "The votes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = MemberUnitRequests.EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope")
    public List<MemberUnitRequests.EvaluationView> evaluations(@PathParam("id") UUID id) {
        return service.evaluations(id);
    }

    @GET
    @Path("/{id}/evaluations/{evaluationId}")
    @Operation(operationId = "getMemberUnitEvaluation", summary = "Read one evaluation vote of a member unit",
            description = "Where a recorded vote's Location points; a vote is recorded once and never edited, so its ETag stays \"0\".")
    @APIResponse(responseCode = "200", description = "The vote", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MemberUnitRequests.EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such member unit in your scope, or no such vote on it")
    public Response getEvaluation(@PathParam("id") UUID id, @PathParam("evaluationId") UUID evaluationId) {
        return Versions.ok(service.evaluation(id, evaluationId), RECORDED);
    }

    private static URI single(UriInfo uri, UUID id, String what, UUID recordId) {
        return uri.getBaseUriBuilder().path("api/v1/member-units").path(id.toString()).path(what).path(recordId.toString())
                .build();
    }

    @Schema(name = "MemberUnitPage")
    public record MemberUnitPage(List<MemberUnitRequests.View> items, int page, int size, long totalItems) {}
}

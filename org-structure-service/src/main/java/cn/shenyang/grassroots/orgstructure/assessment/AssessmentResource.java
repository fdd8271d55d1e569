package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments", description = "Annual assessments of unit secretaries: weighted indicators, one-vote veto, ranking")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class AssessmentResource {
    @Inject
    AssessmentService service;

    @Inject
    AssessmentQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Path("/indicator-sets")
    @Operation(operationId = "createAssessmentIndicatorSet", summary = "Set a year's indicators and weights (once per year)")
    @APIResponse(responseCode = "201", description = "Set", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = AssessmentRequests.IndicatorSet.class)))
    @APIResponse(responseCode = "409", description = "The year's indicators are already set")
    public Response defineYear(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull AssessmentRequests.IndicatorSet request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/assessments/indicator-sets", request, () -> {
            service.defineYear(request);
            return new IdempotentCreates.Created<>(uri.getBaseUriBuilder().path("api/v1/assessments/indicator-sets")
                    .path(request.year().toString()).build(),
                    new AssessmentRequests.IndicatorSet(request.year(), queries.indicators(request.year())), Versions.etag(0));
        });
    }

    @GET
    @Path("/indicator-sets/{year}")
    @Operation(operationId = "getAssessmentIndicatorSet", summary = "A year's indicators and weights")
    @APIResponse(responseCode = "200", description = "The indicators", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentRequests.IndicatorSet.class)))
    @APIResponse(responseCode = "404", description = "No indicators are set for the year")
    public Response indicators(@PathParam("year") int year) {
        return Versions.ok(new AssessmentRequests.IndicatorSet(year, queries.indicators(year)), service.indicatorSetVersion(year));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/indicator-sets/{year}")
    @Operation(operationId = "updateAssessmentIndicatorSet", summary = "Replace a year's indicators and weights",
            description = "Only while no assessment of the year is scored against them; the body's year is the path's.")
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentRequests.IndicatorSet.class)))
    @APIResponse(responseCode = "404", description = "No indicators are set for the year")
    @APIResponse(responseCode = "409", description = "Assessments of the year are scored against these indicators")
    @IfMatch(value = IndicatorSetVersions.class, pathParam = "year")
    public Response replaceYear(@PathParam("year") int year, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentRequests.IndicatorSet request) {
        long version = service.replaceYear(year, ifMatch, request);
        return Versions.ok(new AssessmentRequests.IndicatorSet(year, queries.indicators(year)), version);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createAssessment", summary = "Score a unit secretary's year")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = AssessmentRequests.View.class)))
    @APIResponse(responseCode = "409", description = "The unit's secretary is already assessed for the year")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull AssessmentRequests.SaveAssessment request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/assessments", request, () -> {
            Assessment a = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/assessments", a.id, AssessmentRequests.View.of(a), a.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAssessment", summary = "Read one assessment")
    @APIResponse(responseCode = "200", description = "The assessment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such assessment in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(AssessmentRequests.View.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAssessment", summary = "Correct an assessment's scores (unit and year stay)")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AssessmentRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such assessment in your scope")
    @IfMatch(AssessmentService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AssessmentRequests.SaveAssessment request) {
        return Versions.ok(AssessmentRequests.View.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Path("/ranking")
    @Operation(operationId = "getAssessmentRanking", summary = "A year's assessments in a subtree, ranked",
            description = "Vetoed assessments rank after all others whatever their total; then total descending, then unit name.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AssessmentRequests.Rank.class)))
    public List<AssessmentRequests.Rank> ranking(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)") @QueryParam("year") Integer year) {
        return queries.ranking(orgUnitId, year);
    }
}

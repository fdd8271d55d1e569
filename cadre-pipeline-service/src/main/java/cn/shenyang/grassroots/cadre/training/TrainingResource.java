package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Training", description = "The \"1+1+x\" training ledger of reserve cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class TrainingResource {
    static final String PATH = "/api/v1/training-records";

    @Inject
    TrainingService service;

    @Inject
    TrainingQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/training-records")
    @Operation(operationId = "createTrainingRecord", summary = "Add an entry to a reserve cadre's training ledger")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = TrainingView.RecordView.class)))
    @APIResponse(responseCode = "409", description = "The cadre is not in the reserve pool")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull TrainingRequests.CreateTrainingRecord request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            TrainingRecord t = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, t.id, TrainingView.RecordView.of(t), t.version);
        });
    }

    @GET
    @Path("/training-records")
    @Operation(operationId = "listTrainingRecords", summary = "List training entries in your subtree")
    @APIResponse(responseCode = "200", description = "A page of entries",
            content = @Content(schema = @Schema(implementation = TrainingPage.class)))
    public Page<TrainingView.RecordView> list(
            @QueryParam("cadreId") UUID cadreId,
            @Parameter(description = "Only cadres of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") TrainingKind kind,
            @Parameter(description = "Entries starting in this year") @QueryParam("year") Integer year,
            @Parameter(description = "startsOn (default, descending), hours, kind, createdAt; '-' prefix for descending")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new TrainingQueries.Filter(cadreId, orgUnitId, kind, year, sort), page)
                .map(TrainingView.RecordView::of);
    }

    @GET
    @Path("/training-records/{id}")
    @Operation(operationId = "getTrainingRecord", summary = "Read one training entry")
    @APIResponse(responseCode = "200", description = "The entry", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TrainingView.RecordView.class)))
    @APIResponse(responseCode = "404", description = "No such entry in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(TrainingView.RecordView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/training-records/{id}")
    @Operation(operationId = "updateTrainingRecord", summary = "Correct a training entry")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = TrainingView.RecordView.class)))
    @APIResponse(responseCode = "404", description = "No such entry in your scope")
    @IfMatch(TrainingService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TrainingRequests.UpdateTrainingRecord request) {
        return Versions.ok(TrainingView.RecordView.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Path("/training-totals")
    @Operation(operationId = "getTrainingTotals", summary = "Training of a subtree's reserve cadres in one year, by kind")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(schema = @Schema(implementation = TrainingView.ScopeTotals.class)))
    public TrainingView.ScopeTotals scopeTotals(
            @Parameter(description = "The subtree (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)") @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return queries.scopeTotals(orgUnitId, year);
    }

    @Schema(name = "TrainingRecordPage")
    public record TrainingPage(List<TrainingView.RecordView> items, int page, int size, long totalItems) {}
}

package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cooperatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperatives", description = "Farmer cooperatives and family farms led by village cadres "
        + "(\"branch + cooperative + households\"), their linked households and income increase")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CooperativeResource {
    static final String PATH = "/api/v1/cooperatives";

    @Inject
    CooperativeService service;

    @Inject
    CooperativeQueries queries;

    @Inject
    CooperativeLookup cooperatives;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createCooperative", summary = "Record a farmer cooperative or family farm",
            description = "With the person who leads it; a village cadre leading it makes it cadre-led (村干部领办).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new cooperative"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CooperativeRequests.CreateCooperative request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Cooperative c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, view(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listCooperatives", summary = "List cooperatives and family farms in your subtree",
            description = "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of cooperatives",
            content = @Content(schema = @Schema(implementation = CooperativePage.class)))
    public Page<CooperativeView> list(
            @Parameter(description = "Only those of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") CooperativeKind kind,
            @Parameter(description = "Only cadre-led (true) or other (false) ones") @QueryParam("cadreLed") Boolean cadreLed,
            @Parameter(description = "Only those existing in this year",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("activeInYear") Integer activeInYear,
            @Parameter(description = "Name contains (case-insensitive)", schema = @Schema(maxLength = 200))
            @QueryParam("q") String q,
            @Parameter(description = "name (default), foundedOn, kind, updatedAt; '-' prefix for descending")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new CooperativeQueries.Filter(orgUnitId, kind, cadreLed, activeInYear, q, sort), page)
                .map(c -> CooperativeView.of(c, personal));
    }

    @GET
    @Path("/totals")
    @Operation(operationId = "getCooperativeTotals", summary = "Cooperatives, cadres leading them, households and "
            + "income increase of a subtree in a year",
            description = "Each figure's definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(schema = @Schema(implementation = CooperativeView.Totals.class)))
    public CooperativeView.Totals totals(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return queries.totals(orgUnitId, today.pastYear(year));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCooperative", summary = "Read one cooperative or family farm")
    @APIResponse(responseCode = "200", description = "The cooperative", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(view(cooperatives.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateCooperative", summary = "Replace a cooperative's details, or dissolve it",
            description = "Every field as it should be; dissolvedOn (not before foundedOn, never in the future) ends it.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CooperativeView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative in your scope")
    @APIResponse(responseCode = "409", description = "Results are recorded for years outside the new dates")
    @IfMatch(CooperativeLookup.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CooperativeRequests.UpdateCooperative request) {
        return Versions.ok(view(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/results")
    @Operation(operationId = "createCooperativeResult", summary = "Record a cooperative's results for a year",
            description = "Households linked and income increase attributed in a year the cooperative existed in; one "
                    + "record per year (409 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new result"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = CooperativeView.ResultView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative in your scope")
    @APIResponse(responseCode = "409", description = "The year's results are already recorded")
    public Response addResult(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CooperativeRequests.CreateResult request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH + "/" + id + "/results", request, () -> {
            CooperativeResult r = service.addResult(id, request);
            return IdempotentCreates.Created.at(uri, PATH + "/" + id + "/results", r.id, CooperativeView.ResultView.of(r),
                    r.version);
        });
    }

    @GET
    @Path("/{id}/results")
    @Operation(operationId = "listCooperativeResults", summary = "A cooperative's results, by year")
    @APIResponse(responseCode = "200", description = "A page of results",
            content = @Content(schema = @Schema(implementation = ResultPage.class)))
    @APIResponse(responseCode = "404", description = "No such cooperative in your scope")
    public Page<CooperativeView.ResultView> results(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.results(id, page).map(CooperativeView.ResultView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}/results/{resultId}")
    @Operation(operationId = "updateCooperativeResult", summary = "Replace a year's results")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CooperativeView.ResultView.class)))
    @APIResponse(responseCode = "404", description = "No such result in your scope")
    @IfMatch(value = ResultLookup.class, pathParam = "resultId")
    public Response updateResult(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CooperativeRequests.UpdateResult request) {
        return Versions.ok(CooperativeView.ResultView.of(service.updateResult(id, resultId, ifMatch, request)));
    }

    private CooperativeView view(Cooperative c) {
        return CooperativeView.of(c, caller.mayReadPersonalData());
    }

    @Schema(name = "CooperativePage")
    public record CooperativePage(@Schema(required = true, maxItems = 200) List<CooperativeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "CooperativeResultPage")
    public record ResultPage(@Schema(required = true, maxItems = 200) List<CooperativeView.ResultView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

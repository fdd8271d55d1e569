package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.cadre.support.Today;
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
import java.math.BigDecimal;
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

@Path("/api/v1/cadre-postings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cadre postings", description = "Cadres sent down to sub-districts, and the street-level bonus uplift")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CadrePostingResource {
    static final String PATH = "/api/v1/cadre-postings";

    @Inject
    CadrePostingService service;

    @Inject
    CadrePostingQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createCadrePosting", summary = "Record a cadre posted to a sub-district")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = CadrePostingView.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CadrePostingRequests.CreateCadrePosting request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            CadrePosting p = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, p.id, CadrePostingView.of(p, caller.mayReadPersonalData()), p.version);
        });
    }

    @GET
    @Operation(operationId = "listCadrePostings", summary = "List cadre postings in your subtree")
    @APIResponse(responseCode = "200", description = "A page of postings",
            content = @Content(schema = @Schema(implementation = PostingPage.class)))
    public Page<CadrePostingView> list(
            @Parameter(description = "Only postings to units in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("source") PostingSource source,
            @QueryParam("rank") CadreRank rank,
            @Parameter(description = "Only postings running on this day") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Name or originating unit contains") @QueryParam("q") String q,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new CadrePostingQueries.Filter(orgUnitId, source, rank, activeOn, q), page)
                .map(p -> CadrePostingView.of(p, personal));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countCadrePostings", summary = "Postings under a subtree: the intake of a year and those running on a day",
            description = "By origin, rank and managing unit; each figure's definition is in the schema.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = CadrePostingView.Counts.class)))
    public CadrePostingView.Counts counts(
            @Parameter(description = "The subtree (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Intake year; default activeOn's year") @QueryParam("year") Integer year,
            @Parameter(description = "Count postings running on this day; default today") @QueryParam("activeOn") LocalDate activeOn) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        LocalDate day = activeOn == null ? today.date() : activeOn;
        int y = year == null ? day.getYear() : year;
        if (y < 1949 || y > 2200) {
            throw ProblemException.invalid("year", "must be between 1949 and 2200");
        }
        return queries.counts(orgUnitId, y, day);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCadrePosting", summary = "Read one cadre posting")
    @APIResponse(responseCode = "200", description = "The posting", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CadrePostingView.class)))
    @APIResponse(responseCode = "404", description = "No such posting in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(CadrePostingView.of(service.require(id), caller.mayReadPersonalData()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateCadrePosting", summary = "Update or end a cadre posting")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = CadrePostingView.class)))
    @APIResponse(responseCode = "404", description = "No such posting in your scope")
    @IfMatch(CadrePostingService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CadrePostingRequests.UpdateCadrePosting request) {
        return Versions.ok(CadrePostingView.of(service.update(id, ifMatch, request), caller.mayReadPersonalData()));
    }

    @GET
    @Path("/{id}/bonus-uplift")
    @Operation(operationId = "computeCadrePostingBonusUplift", summary = "The street-level performance-bonus uplift for a posting",
            description = "For a running posting in a sub-district (街道): the extra over the performance bonus of a "
                    + "district-department cadre of the same rank (configured per rank, cadre.bonus-uplift.reference-bonus), "
                    + "at upliftPercent within the configured band (default 10%–14%), yuan with 2 decimals.")
    @APIResponse(responseCode = "200", description = "The uplift",
            content = @Content(schema = @Schema(implementation = BonusUplift.class)))
    @APIResponse(responseCode = "404", description = "No such posting in your scope")
    @APIResponse(responseCode = "409", description = "Not in a sub-district (a township posting), already ended, or no "
            + "reference bonus configured for the rank")
    public BonusUplift bonusUplift(@PathParam("id") UUID id,
            @Parameter(description = "A what-if reference bonus, yuan; default the one configured for the posting's rank")
            @QueryParam("referenceBonus") BigDecimal referenceBonus,
            @Parameter(description = "Percent within the band; default cadre.bonus-uplift.default-percent")
            @QueryParam("upliftPercent") BigDecimal upliftPercent) {
        return service.bonusUplift(id, referenceBonus, upliftPercent);
    }

    @Schema(name = "CadrePostingPage")
    public record PostingPage(List<CadrePostingView> items, int page, int size, long totalItems) {}
}

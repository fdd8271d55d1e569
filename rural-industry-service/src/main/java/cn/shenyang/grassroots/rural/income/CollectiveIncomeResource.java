package cn.shenyang.grassroots.rural.income;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collective-incomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Collective incomes", description = "Village collective-income returns, their review and versioned corrections")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CollectiveIncomeResource {
    static final String PATH = "/api/v1/collective-incomes";

    @Inject
    CollectiveIncomeService service;

    @Inject
    IncomeReviewService review;

    @Inject
    CollectiveIncomeQueries queries;

    @Inject
    IncomeLookup incomes;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createCollectiveIncome", summary = "Report a village's collective income for a year",
            description = "Creates the return in status REPORTED with revision 1 of its amounts by source (yuan, 2 "
                    + "decimals, none negative). One return per village and year: a second is a 409 naming the first. "
                    + "reportedOn is the day the village submitted it (default today; never in the future, never before "
                    + "the income year began).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new return"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = CollectiveIncomeView.class)))
    @APIResponse(responseCode = "409", description = "The village already has a return for the year")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CollectiveIncomeRequests.CreateCollectiveIncome request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            CollectiveIncome c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, queries.view(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listCollectiveIncomes", summary = "List returns in your subtree",
            description = "Filters combine with AND; orgUnitId limits to that unit's subtree (a county, a township, a village).")
    @APIResponse(responseCode = "200", description = "A page of returns",
            content = @Content(schema = @Schema(implementation = CollectiveIncomePage.class)))
    public Page<CollectiveIncomeView> list(
            @Parameter(description = "Only returns of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The income year", schema = @Schema(minimum = "1949", maximum = "2200"))
            @QueryParam("year") Integer year,
            @QueryParam("status") IncomeReviewStatus status,
            @Parameter(description = "year (default, descending), total, status, statusOn, createdAt, updatedAt; "
                    + "'-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new CollectiveIncomeQueries.Filter(orgUnitId, year, status, sort), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCollectiveIncome", summary = "Read one return with its current amounts",
            description = "The review status, the current revision's amounts and the latest confirmed revision's total.")
    @APIResponse(responseCode = "200", description = "The return", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = CollectiveIncomeView.class)))
    @APIResponse(responseCode = "404", description = "No such return in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(queries.view(incomes.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "performCollectiveIncomeAction", summary = "Perform one review step",
            description = "REVIEW (the township: a scope one level above the village or higher), CONFIRM (the county "
                    + "level: two levels above), RETURN (reason required; the township from REPORTED, the county level "
                    + "from TOWNSHIP_REVIEWED), AMEND (new amounts before confirmation, from REPORTED or RETURNED) and "
                    + "CORRECT (new amounts and a reason after confirmation: reviewed again, while the confirmed revision "
                    + "keeps counting). Each step is dated occurredOn (default today; never in the future, never before "
                    + "the previous step). GET …/allowed-actions says what you may do.")
    @APIResponse(responseCode = "200", description = "Performed; the history has a new row",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CollectiveIncomeView.class)))
    @APIResponse(responseCode = "404", description = "No such return in your scope")
    @APIResponse(responseCode = "409", description = "The review does not allow this action now, or not from your "
            + "scope; the detail says why")
    @IfMatch(IncomeLookup.class)
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CollectiveIncomeRequests.PerformAction request) {
        return Versions.ok(queries.view(review.perform(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getCollectiveIncomeAllowedActions", summary = "What you may do to this return now",
            description = "The actions the review table offers your role in the return's status; available=false with "
                    + "blockedBy while your scope does not reach far enough above the village or the day is too early.")
    @APIResponse(responseCode = "200", description = "The actions",
            content = @Content(schema = @Schema(implementation = CollectiveIncomeView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such return in your scope")
    public CollectiveIncomeView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "Judge the rules as of this day (YYYY-MM-DD); default today")
            @QueryParam("occurredOn") LocalDate occurredOn) {
        return review.allowedActions(id, occurredOn);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listCollectiveIncomeRevisions", summary = "Every version of a return's amounts, oldest first",
            description = "Each with the reason it replaced the one before, the day it was submitted and confirmed, "
                    + "and which one is current and which one CONFIRMED statistics count.")
    @APIResponse(responseCode = "200", description = "A page of revisions",
            content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "404", description = "No such return in your scope")
    public Page<CollectiveIncomeView.RevisionView> revisions(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.revisions(id, page);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listCollectiveIncomeHistory", summary = "Every review step of a return, oldest first",
            description = "Ordered by the day each step happened (occurredOn); recordedBy/recordedAt say who entered it and when.")
    @APIResponse(responseCode = "200", description = "A page of steps",
            content = @Content(schema = @Schema(implementation = StepPage.class)))
    @APIResponse(responseCode = "404", description = "No such return in your scope")
    public Page<CollectiveIncomeView.StepView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page);
    }

    @Schema(name = "CollectiveIncomePage")
    public record CollectiveIncomePage(@Schema(required = true, maxItems = 200) List<CollectiveIncomeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "CollectiveIncomeRevisionPage")
    public record RevisionPage(@Schema(required = true, maxItems = 200) List<CollectiveIncomeView.RevisionView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "CollectiveIncomeStepPage")
    public record StepPage(@Schema(required = true, maxItems = 200) List<CollectiveIncomeView.StepView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

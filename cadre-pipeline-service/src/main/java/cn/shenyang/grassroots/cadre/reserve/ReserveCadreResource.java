package cn.shenyang.grassroots.cadre.reserve;

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

@Path("/api/v1/reserve-cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadres", description = "Reserve village cadres (\"thousand geese\") and their selection workflow")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ReserveCadreResource {
    static final String PATH = "/api/v1/reserve-cadres";

    @Inject
    ReserveCadreService service;

    @Inject
    ReserveCadreQueries queries;

    @Inject
    CadreLookup cadres;

    @Inject
    WorkflowService workflow;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createReserveCadre", summary = "Recommend a candidate (creates the cadre in stage RECOMMENDED)")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "409", description = "The person already has a live candidacy")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ReserveCadreRequests.CreateReserveCadre request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            ReserveCadre c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, view(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listReserveCadres", summary = "List reserve cadres in your subtree",
            description = "Filters combine with AND; orgUnitId limits to that unit's subtree (a township, a village…).")
    @APIResponse(responseCode = "200", description = "A page of cadres",
            content = @Content(schema = @Schema(implementation = ReserveCadrePage.class)))
    public Page<ReserveCadreView> list(
            @Parameter(description = "Only cadres of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("stage") Stage stage,
            @QueryParam("source") CadreSource source,
            @QueryParam("channel") RecommendationChannel channel,
            @Parameter(description = "Selection year (year of recommendation)") @QueryParam("year") Integer year,
            @QueryParam("partyStatus") PartyStatus partyStatus,
            @QueryParam("education") Education education,
            @Parameter(description = "Double-excellent: flagged for priority Party admission") @QueryParam("preferPartyAdmission") Boolean preferPartyAdmission,
            @Parameter(description = "Double-excellent: flagged for priority nomination") @QueryParam("preferNomination") Boolean preferNomination,
            @Parameter(description = "true: elected to a village committee; false: not") @QueryParam("elected") Boolean elected,
            @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "name, recommendedOn (default, descending), stage, stageOn, createdAt, updatedAt; '-' prefix for descending")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new ReserveCadreQueries.Filter(orgUnitId, stage, source, channel, year, partyStatus,
                education, preferPartyAdmission, preferNomination, elected, q, sort), page).map(c -> ReserveCadreView.of(c, personal));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReserveCadre", summary = "Read one reserve cadre")
    @APIResponse(responseCode = "200", description = "The cadre", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return cadres.view(id, caller.mayReadPersonalData()).map(Versions::ok);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateReserveCadre", summary = "Replace a cadre's personal details, village, source and channel")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "The ID number belongs to another live candidacy")
    @IfMatch(CadreLookup.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReserveCadreRequests.UpdateReserveCadre request) {
        return Versions.ok(view(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "performReserveCadreAction", summary = "Perform one workflow action",
            description = "QUALIFY (eligibility checked), NOMINATE (votes), INSPECT (report and scores), PUBLICIZE "
                    + "(opens a window of working days), ADMIT (after the window, with every objection settled), "
                    + "ELECT (committee required: leaves the pool as a success), REJECT / WITHDRAW / REMOVE (reason "
                    + "required). Each step is dated occurredOn (default today; never in the future, never before the "
                    + "previous step) and judged as of that day. GET …/allowed-actions says what is possible.")
    @APIResponse(responseCode = "200", description = "Performed; the history has a new row", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this action now; the detail says why")
    @IfMatch(CadreLookup.class)
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReserveCadreRequests.PerformAction request) {
        return Versions.ok(view(workflow.perform(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listReserveCadreHistory", summary = "Every workflow step of a cadre, oldest first")
    @APIResponse(responseCode = "200", description = "A page of steps",
            content = @Content(schema = @Schema(implementation = TransitionPage.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public Page<ReserveCadreView.TransitionView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page).map(ReserveCadreView.TransitionView::of);
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getReserveCadreAllowedActions", summary = "What you may do to this cadre now",
            description = "The actions the workflow table offers your role in the cadre's stage; available=false with "
                    + "blockedBy while a rule (eligibility, the publicity window, open objections) holds one back.")
    @APIResponse(responseCode = "200", description = "The actions",
            content = @Content(schema = @Schema(implementation = ReserveCadreView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public ReserveCadreView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "Judge the rules as of this day (YYYY-MM-DD), for a step entered after the fact; default today")
            @QueryParam("occurredOn") LocalDate occurredOn) {
        return workflow.allowedActions(id, occurredOn);
    }

    private ReserveCadreView view(ReserveCadre c) {
        return ReserveCadreView.of(c, caller.mayReadPersonalData());
    }

    @Schema(name = "ReserveCadrePage")
    public record ReserveCadrePage(List<ReserveCadreView> items, int page, int size, long totalItems) {}

    @Schema(name = "ReserveCadreTransitionPage")
    public record TransitionPage(List<ReserveCadreView.TransitionView> items, int page, int size, long totalItems) {}
}

package cn.shenyang.grassroots.volunteer.opinion;

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

@Path("/api/v1/opinions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Representatives")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class OpinionResource {
    static final String PATH = "/api/v1/opinions";

    @Inject
    OpinionService service;

    @Inject
    OpinionQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createOpinion", summary = "Record an opinion a studio received",
            description = "Through the studio, its mailbox, an interview meeting or an open day (openDayId); status RECEIVED, "
                    + "dated receivedOn (default today, or the open day's date).")
    @APIResponse(responseCode = "201", description = "Received",
            headers = {@Header(name = "Location", description = "The opinion"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull OpinionRequests.Create request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Opinion o = service.receive(request);
            return IdempotentCreates.Created.at(uri, PATH, o.id, OpinionView.of(o, caller.mayReadPersonalData()), o.version);
        });
    }

    @GET
    @Operation(operationId = "listOpinions", summary = "Opinions received by studios in your subtree, newest first",
            description = "Filters combine with AND; from/to filter by receivedOn; orgUnitId limits to studios in that unit's subtree.")
    @APIResponse(responseCode = "200", description = "A page of opinions",
            content = @Content(schema = @Schema(implementation = OpinionPage.class)))
    public Page<OpinionView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("studioId") UUID studioId,
            @QueryParam("status") OpinionStatus status, @QueryParam("channel") OpinionChannel channel,
            @QueryParam("category") OpinionCategory category,
            @Parameter(description = "Assigned to this representative") @QueryParam("representativeId") UUID representativeId,
            @Parameter(description = "Received on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Received on or before this day") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new OpinionQueries.Filter(orgUnitId, studioId, status, channel, category, representativeId, from, to),
                page).map(o -> OpinionView.of(o, personal));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOpinion", summary = "Read one opinion",
            description = "The opinion as it stands: status, the day of its latest step, its handling so far; the phone is masked unless your role may read personal data.")
    @APIResponse(responseCode = "200", description = "The opinion", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "404", description = "No such opinion in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(OpinionView.of(service.require(id), caller.mayReadPersonalData()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/actions")
    @IfMatch(OpinionService.class)
    @Operation(operationId = "performOpinionAction", summary = "Perform one step of an opinion's handling",
            description = "ASSIGN (representativeId, serving that day), COORDINATE (coordinationNote), RESOLVE (resolution), "
                    + "CONVERT_TO_PROPOSAL (proposalNumber), DECLINE (reason), and once closed one REPLY (reply). Dated "
                    + "occurredOn (default today; never in the future or before the previous step). A refused action is a "
                    + "409 whose detail says why and what is allowed; GET …/allowed-actions answers the same table.")
    @APIResponse(responseCode = "200", description = "Performed; the history has a new row", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = OpinionView.class)))
    @APIResponse(responseCode = "404", description = "No such opinion in your scope")
    @APIResponse(responseCode = "409", description = "The workflow does not allow this action now; the detail says why")
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OpinionRequests.Perform request) {
        return Versions.ok(OpinionView.of(service.perform(id, ifMatch, request), caller.mayReadPersonalData()));
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getOpinionAllowedActions", summary = "What you may do to this opinion now",
            description = "The actions the table offers your role in the opinion's status, available=false with blockedBy "
                    + "while a rule holds one back.")
    @APIResponse(responseCode = "200", description = "The actions",
            content = @Content(schema = @Schema(implementation = OpinionView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such opinion in your scope")
    public OpinionView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "Judge the rules as of this day; default today") @QueryParam("occurredOn") LocalDate occurredOn) {
        return service.allowedActions(id, occurredOn);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listOpinionHistory", summary = "Every step of an opinion, oldest first",
            description = "The receipt and every action with the day it happened (occurredOn), who entered it and when.")
    @APIResponse(responseCode = "200", description = "A page of steps",
            content = @Content(schema = @Schema(implementation = StepPage.class)))
    @APIResponse(responseCode = "404", description = "No such opinion in your scope")
    public Page<OpinionView.StepView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page).map(OpinionView.StepView::of);
    }

    @Schema(name = "OpinionPage")
    public record OpinionPage(@Schema(required = true, maxItems = 200) List<OpinionView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "OpinionStepPage")
    public record StepPage(@Schema(required = true, maxItems = 200) List<OpinionView.StepView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.support.Today;
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

@Path("/api/v1/residential-compounds/{id}/tripartite-meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red property")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class MeetingResource {
    @Inject
    MeetingService service;

    @Inject
    MeetingQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createTripartiteMeeting", summary = "Record a tripartite meeting of a compound",
            description = "Community, property company and owners' committee: who came for each, the topics and the "
                    + "decisions (each OPEN until followed up). heldOn defaults to today, never in the future.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The meeting"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    public Response create(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MeetingRequests.Create request, @Context UriInfo uri) {
        String path = "/api/v1/residential-compounds/" + id + "/tripartite-meetings";
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            TripartiteMeeting m = service.create(id, request);
            return new IdempotentCreates.Created<>(uri.getBaseUriBuilder().path(path).path(m.id.toString()).build(),
                    queries.view(m), null);
        });
    }

    @GET
    @Operation(operationId = "listTripartiteMeetings", summary = "A compound's tripartite meetings, newest first",
            description = "Meetings of the compound as held, with topics and decisions.")
    @APIResponse(responseCode = "200", description = "A page of meetings",
            content = @Content(schema = @Schema(implementation = MeetingPage.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    public Page<MeetingView> list(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.list(id, page);
    }

    @GET
    @Path("/{meetingId}")
    @Operation(operationId = "getTripartiteMeeting", summary = "Read one meeting with its topics and decisions",
            description = "A meeting with its topics and decisions and where each decision stands.")
    @APIResponse(responseCode = "200", description = "The meeting",
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "404", description = "No such compound or meeting in your scope")
    public MeetingView get(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId) {
        return queries.view(id, meetingId);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{meetingId}/decisions/{decisionId}/follow-ups")
    @IfMatch(value = MeetingService.class, pathParam = "decisionId")
    @Operation(operationId = "createTripartiteDecisionFollowUp", summary = "Move a decision's follow-up on, dated",
            description = "OPEN → IN_PROGRESS → DONE, or DROPPED (note required) from either; DONE and DROPPED are final "
                    + "(409 says what is possible). Send If-Match with the decision's ETag.")
    @APIResponse(responseCode = "200", description = "Followed up", headers = @Header(name = "ETag", description = "The decision's new version"),
            content = @Content(schema = @Schema(implementation = MeetingView.DecisionView.class)))
    @APIResponse(responseCode = "404", description = "No such decision in your scope")
    @APIResponse(responseCode = "409", description = "The status cannot move that way")
    public Response followUp(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @PathParam("decisionId") UUID decisionId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequests.FollowUp request) {
        return Versions.ok(MeetingView.DecisionView.of(service.followUp(id, meetingId, decisionId, ifMatch, request), today.date()));
    }

    @GET
    @Path("/{meetingId}/decisions/{decisionId}/follow-ups")
    @Operation(operationId = "listTripartiteDecisionFollowUps", summary = "A decision's follow-up steps, oldest first",
            description = "Each move of the decision's status with the day it happened and who entered it.")
    @APIResponse(responseCode = "200", description = "The steps",
            content = @Content(schema = @Schema(implementation = FollowUpPage.class)))
    @APIResponse(responseCode = "404", description = "No such decision in your scope")
    public Page<MeetingView.FollowUpView> followUps(@PathParam("id") UUID id, @PathParam("meetingId") UUID meetingId,
            @PathParam("decisionId") UUID decisionId, @Valid @BeanParam PageRequest page) {
        return queries.followUps(id, meetingId, decisionId, page).map(MeetingView.FollowUpView::of);
    }

    @Schema(name = "TripartiteMeetingPage")
    public record MeetingPage(@Schema(required = true, maxItems = 200) List<MeetingView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "TripartiteDecisionFollowUpPage")
    public record FollowUpPage(@Schema(required = true, maxItems = 200) List<MeetingView.FollowUpView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

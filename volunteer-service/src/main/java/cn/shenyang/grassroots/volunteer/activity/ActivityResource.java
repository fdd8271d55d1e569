package cn.shenyang.grassroots.volunteer.activity;

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
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/service-activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service activities", description = "Volunteer service activities and service fairs (服务大集): items, sign-ups, check-ins, walk-ins")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ActivityResource {
    static final String PATH = "/api/v1/service-activities";

    @Inject
    ActivityService service;

    @Inject
    SignUpService signUps;

    @Inject
    ActivityQueries queries;

    @Inject
    ActivityLookup activities;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createServiceActivity", summary = "Announce an activity or a service fair",
            description = "Organised by a team or an org unit of your subtree, with its service items; a past activity may "
                    + "be recorded after the fact with its real times.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new activity"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ActivityRequests.CreateActivity request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            ServiceActivity a = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, a.id, queries.view(a), a.version);
        });
    }

    @GET
    @Operation(operationId = "listServiceActivities", summary = "List activities and fairs in your subtree",
            description = "from/to filter by the local day the activity starts (both inclusive); newest first by default.")
    @APIResponse(responseCode = "200", description = "A page of activities",
            content = @Content(schema = @Schema(implementation = ActivityPage.class)))
    public Page<ActivityView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("kind") ActivityKind kind,
            @QueryParam("theme") ServiceTheme theme,
            @Parameter(description = "Only activities organised by this team") @QueryParam("teamId") UUID teamId,
            @QueryParam("status") ActivityStatus status,
            @Parameter(description = "Starting on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Starting on or before this day") @QueryParam("to") LocalDate to,
            @Parameter(description = "startsAt (default, descending), title, createdAt; '-' prefix for descending")
            @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new ActivityQueries.Filter(orgUnitId, kind, theme, teamId, status, from, to), sort, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServiceActivity", summary = "Read one activity with its items and places left",
            description = "The activity with its service items, live sign-ups and places left (null when unlimited).")
    @APIResponse(responseCode = "200", description = "The activity", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(queries.view(activities.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(ActivityLookup.class)
    @Operation(operationId = "updateServiceActivity", summary = "Replace an activity's details and items",
            description = "Capacity never goes below the current sign-ups (409).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    @APIResponse(responseCode = "409", description = "Cancelled, or capacity below the sign-ups")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityRequests.UpdateActivity request) {
        return Versions.ok(queries.view(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/cancel")
    @IfMatch(ActivityLookup.class)
    @Operation(operationId = "cancelServiceActivity", summary = "Cancel an activity that has not ended",
            description = "It takes no more sign-ups, check-ins or hours and is not counted as held.")
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    @APIResponse(responseCode = "409", description = "Already cancelled or already over")
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActivityRequests.Cancel request) {
        return Versions.ok(queries.view(service.cancel(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/sign-ups")
    @Operation(operationId = "createActivitySignUp", summary = "Sign a volunteer up for an activity",
            description = "Takes one place; refused with 409 when every place is taken (capacity holds under any number of "
                    + "concurrent sign-ups), when the volunteer is already signed up, INACTIVE, or the activity has ended or "
                    + "was cancelled.")
    @APIResponse(responseCode = "201", description = "Signed up",
            headers = {@Header(name = "Location", description = "The participation"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = ActivityView.ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    @APIResponse(responseCode = "409", description = "Full, already signed up, ended or cancelled")
    public Response signUp(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ActivityRequests.SignUp request, @Context UriInfo uri) {
        String path = PATH + "/" + id + "/participants";
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH + "/" + id + "/sign-ups", request, () -> {
            Participation p = signUps.signUp(id, request);
            return IdempotentCreates.Created.at(uri, path, p.id, ActivityView.ParticipationView.of(p), p.version);
        });
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/sign-ups/{participationId}/cancel")
    @Consumes(MediaType.WILDCARD)
    @IfMatch(value = ActivityLookup.Participations.class, pathParam = "participationId")
    @Operation(operationId = "cancelActivitySignUp", summary = "Withdraw a sign-up before check-in; frees its place",
            description = "Send If-Match with the sign-up's ETag. Only a sign-up not yet checked in; its place is freed at "
                    + "once for the next sign-up.")
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = ActivityView.ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "No such activity or sign-up in your scope")
    @APIResponse(responseCode = "409", description = "Already checked in or cancelled")
    public Response cancelSignUp(@PathParam("id") UUID id, @PathParam("participationId") UUID participationId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(ActivityView.ParticipationView.of(signUps.cancel(id, participationId, ifMatch)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/check-ins")
    @Operation(operationId = "createActivityCheckIn", summary = "Check a volunteer in (a sign-up, or a walk-in)",
            description = "A signed-up volunteer is checked in (200); one without a sign-up is recorded as a walk-in (201), "
                    + "which capacity does not limit. Check-in opens volunteer.early-check-in (1 h) before the start and "
                    + "closes at the end; checkedInAt is never in the future.")
    @APIResponse(responseCode = "200", description = "The sign-up, now checked in",
            content = @Content(schema = @Schema(implementation = ActivityView.ParticipationView.class)))
    @APIResponse(responseCode = "201", description = "A walk-in, checked in",
            headers = @Header(name = "Location", description = "The participation"),
            content = @Content(schema = @Schema(implementation = ActivityView.ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    @APIResponse(responseCode = "409", description = "Already checked in, INACTIVE, or cancelled activity")
    public Response checkIn(@PathParam("id") UUID id, @Valid @NotNull ActivityRequests.CheckIn request, @Context UriInfo uri) {
        SignUpService.CheckedIn done = signUps.checkIn(id, request);
        ActivityView.ParticipationView view = ActivityView.ParticipationView.of(done.participation());
        if (!done.walkIn()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path(PATH).path(id.toString()).path("participants")
                .path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}/participants")
    @Operation(operationId = "listActivityParticipants", summary = "Sign-ups and walk-ins of an activity, in the order they came",
            description = "Sign-ups and walk-ins in the order they came; status filters SIGNED_UP, CHECKED_IN or CANCELLED.")
    @APIResponse(responseCode = "200", description = "A page of participations",
            content = @Content(schema = @Schema(implementation = ParticipationPage.class)))
    @APIResponse(responseCode = "404", description = "No such activity in your scope")
    public Page<ActivityView.ParticipationView> participants(@PathParam("id") UUID id,
            @QueryParam("status") ParticipationStatus status, @Valid @BeanParam PageRequest page) {
        return queries.participants(id, status, page).map(ActivityView.ParticipationView::of);
    }

    @GET
    @Path("/{id}/participants/{participationId}")
    @Operation(operationId = "getActivityParticipation", summary = "Read one sign-up or walk-in of an activity",
            description = "A sign-up or walk-in of an activity in your scope, with when it signed up, checked in or was cancelled.")
    @APIResponse(responseCode = "200", description = "The participation", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = ActivityView.ParticipationView.class)))
    @APIResponse(responseCode = "404", description = "No such activity or participation in your scope")
    public Response participant(@PathParam("id") UUID id, @PathParam("participationId") UUID participationId) {
        return Versions.ok(ActivityView.ParticipationView.of(queries.participant(id, participationId)));
    }

    @Schema(name = "ServiceActivityPage")
    public record ActivityPage(@Schema(required = true, maxItems = 200) List<ActivityView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "ActivityParticipationPage")
    public record ParticipationPage(@Schema(required = true, maxItems = 200) List<ActivityView.ParticipationView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

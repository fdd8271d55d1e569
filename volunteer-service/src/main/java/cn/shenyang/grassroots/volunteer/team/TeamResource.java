package cn.shenyang.grassroots.volunteer.team;

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

@Path("/api/v1/volunteer-teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer teams", description = "Party-member teams, professional organisations and district specialty squads, their levels and members")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class TeamResource {
    static final String PATH = "/api/v1/volunteer-teams";

    @Inject
    TeamService service;

    @Inject
    MembershipService memberships;

    @Inject
    TeamQueries queries;

    @Inject
    TeamLookup teams;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createVolunteerTeam", summary = "Found a team",
            description = "Owned by an org unit of your subtree; its founding level starts its level history.")
    @APIResponse(responseCode = "201", description = "Founded",
            headers = {@Header(name = "Location", description = "The new team"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull TeamRequests.CreateTeam request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            VolunteerTeam t = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, t.id, queries.view(t), t.version);
        });
    }

    @GET
    @Operation(operationId = "listVolunteerTeams", summary = "List teams in your subtree",
            description = "orgUnitId limits to teams owned by units in that unit's subtree.")
    @APIResponse(responseCode = "200", description = "A page of teams",
            content = @Content(schema = @Schema(implementation = TeamPage.class)))
    public Page<TeamView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("kind") TeamKind kind,
            @QueryParam("level") TeamLevel level,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q,
            @Parameter(description = "name (default), foundedOn, level, createdAt; '-' prefix for descending")
            @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(orgUnitId, kind, level, q, sort, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVolunteerTeam", summary = "Read one team",
            description = "The team, its current level and since when, and its current members.")
    @APIResponse(responseCode = "200", description = "The team", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(queries.view(teams.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(TeamLookup.class)
    @Operation(operationId = "updateVolunteerTeam", summary = "Replace a team's name, kind, owner, leader and description",
            description = "The level changes only through POST …/level-changes, which keeps it in the history.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequests.UpdateTeam request) {
        return Versions.ok(queries.view(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/level-changes")
    @IfMatch(TeamLookup.class)
    @Operation(operationId = "createVolunteerTeamLevelChange", summary = "Upgrade a team (or change its level), dated",
            description = "Appends to the level history; occurredOn defaults to today, never in the future or before the "
                    + "current level began. A SPECIALTY_SQUAD stays DISTRICT-level.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    @APIResponse(responseCode = "409", description = "Already at that level, or the level does not fit the kind")
    public Response changeLevel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TeamRequests.ChangeLevel request) {
        return Versions.ok(queries.view(service.changeLevel(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/level-changes")
    @Operation(operationId = "listVolunteerTeamLevelChanges", summary = "A team's level history, oldest first",
            description = "The founding level first, then every change with the day it happened and why.")
    @APIResponse(responseCode = "200", description = "The levels it held",
            content = @Content(schema = @Schema(implementation = LevelChangePage.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    public Page<TeamView.LevelChangeView> levelHistory(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.levelHistory(id, page).map(TeamView.LevelChangeView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/memberships")
    @Operation(operationId = "createTeamMembership", summary = "A volunteer joins the team",
            description = "The volunteer must be ACTIVE and in your subtree; joinedOn defaults to today, never in the future, "
                    + "before the team's founding, the volunteer's registration or the end of an earlier membership.")
    @APIResponse(responseCode = "201", description = "Joined",
            headers = {@Header(name = "Location", description = "The membership"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = TeamView.MembershipView.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    @APIResponse(responseCode = "409", description = "Already a current member, or the volunteer is INACTIVE")
    public Response join(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull TeamRequests.Join request, @Context UriInfo uri) {
        String path = PATH + "/" + id + "/memberships";
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            TeamMembership m = memberships.join(id, request);
            return IdempotentCreates.Created.at(uri, path, m.id, TeamView.MembershipView.of(m), m.version);
        });
    }

    @GET
    @Path("/{id}/memberships")
    @Operation(operationId = "listTeamMemberships", summary = "A team's memberships, current and past",
            description = "Current and past memberships; activeOn gives the members of one day.")
    @APIResponse(responseCode = "200", description = "A page of memberships",
            content = @Content(schema = @Schema(implementation = MembershipPage.class)))
    @APIResponse(responseCode = "404", description = "No such team in your scope")
    public Page<TeamView.MembershipView> memberships(@PathParam("id") UUID id,
            @Parameter(description = "Only memberships that covered this day (joined on or before it, not left by it)")
            @QueryParam("activeOn") LocalDate activeOn, @Valid @BeanParam PageRequest page) {
        return queries.memberships(id, activeOn, page).map(TeamView.MembershipView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/memberships/{membershipId}/leave")
    @IfMatch(value = TeamLookup.Memberships.class, pathParam = "membershipId")
    @Operation(operationId = "closeTeamMembership", summary = "A volunteer leaves the team, dated",
            description = "Send If-Match with the membership's ETag; the body may be {} (leftOn defaults to today).")
    @APIResponse(responseCode = "200", description = "Ended", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = TeamView.MembershipView.class)))
    @APIResponse(responseCode = "404", description = "No such team or membership in your scope")
    @APIResponse(responseCode = "409", description = "The membership has already ended")
    public Response leave(@PathParam("id") UUID id, @PathParam("membershipId") UUID membershipId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TeamRequests.Leave request) {
        return Versions.ok(TeamView.MembershipView.of(memberships.leave(id, membershipId, ifMatch, request)));
    }

    @Schema(name = "VolunteerTeamPage")
    public record TeamPage(@Schema(required = true, maxItems = 200) List<TeamView> items, @Schema(required = true) int page,
            @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "VolunteerTeamLevelChangePage")
    public record LevelChangePage(@Schema(required = true, maxItems = 200) List<TeamView.LevelChangeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "TeamMembershipPage")
    public record MembershipPage(@Schema(required = true, maxItems = 200) List<TeamView.MembershipView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

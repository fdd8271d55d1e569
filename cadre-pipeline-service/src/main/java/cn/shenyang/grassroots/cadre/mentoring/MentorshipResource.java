package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.cadre.support.Today;
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

@Path("/api/v1/mentorships")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring", description = "Township and village mentors of reserve cadres, talk records and overdue talks")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class MentorshipResource {
    static final String PATH = "/api/v1/mentorships";

    @Inject
    MentoringService service;

    @Inject
    MentoringQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createMentorship", summary = "Assign a township or village mentor to a reserve cadre")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = MentoringView.MentorshipView.class)))
    @APIResponse(responseCode = "409", description = "The cadre is not in the pool, or already has a current mentor of that level")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MentoringRequests.CreateMentorship request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Mentorship m = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, m.id, MentoringView.MentorshipView.of(m), m.version);
        });
    }

    @GET
    @Operation(operationId = "listMentorships", summary = "List mentorships in your subtree")
    @APIResponse(responseCode = "200", description = "A page of mentorships",
            content = @Content(schema = @Schema(implementation = MentorshipPage.class)))
    public Page<MentoringView.MentorshipView> list(
            @QueryParam("cadreId") UUID cadreId,
            @Parameter(description = "Only cadres of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("level") MentorLevel level,
            @Parameter(description = "true: only current mentorships; false: only ended ones") @QueryParam("current") Boolean current,
            @Parameter(description = "Mentor name contains") @QueryParam("mentorName") String mentorName,
            @Valid @BeanParam PageRequest page) {
        return queries.mentorships(new MentoringQueries.MentorshipFilter(cadreId, orgUnitId, level, current, mentorName),
                page).map(MentoringView.MentorshipView::of);
    }

    @GET
    @Path("/overdue")
    @Operation(operationId = "listOverdueMentoringTalks", summary = "Talks owed and not held",
            description = "As of a date: every current mentor who held no talk in the last half-year that ended before it "
                    + "(Jan–Jun, Jul–Dec), and every cadre the township Party secretary did not talk with in the last "
                    + "calendar year that ended before it. Obligations begin only after the grace days (README).")
    @APIResponse(responseCode = "200", description = "A page of overdue talks, earliest deadline first",
            content = @Content(schema = @Schema(implementation = OverduePage.class)))
    public Page<MentoringView.OverdueTalk> overdue(
            @Parameter(description = "Only cadres of villages in this unit's subtree; default your whole scope")
            @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The day to judge on (YYYY-MM-DD); default today") @QueryParam("asOf") LocalDate asOf,
            @Valid @BeanParam PageRequest page) {
        return queries.overdue(orgUnitId, asOf == null ? today.date() : asOf, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMentorship", summary = "Read one mentorship")
    @APIResponse(responseCode = "200", description = "The mentorship", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MentoringView.MentorshipView.class)))
    @APIResponse(responseCode = "404", description = "No such mentorship in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(MentoringView.MentorshipView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMentorship", summary = "Change the mentor's details or end the mentorship")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MentoringView.MentorshipView.class)))
    @APIResponse(responseCode = "404", description = "No such mentorship in your scope")
    @APIResponse(responseCode = "409", description = "Reopening would give the cadre two current mentors of a level")
    @IfMatch(MentoringService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MentoringRequests.UpdateMentorship request) {
        return Versions.ok(MentoringView.MentorshipView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "MentorshipPage")
    public record MentorshipPage(List<MentoringView.MentorshipView> items, int page, int size, long totalItems) {}

    @Schema(name = "OverdueTalkPage")
    public record OverduePage(List<MentoringView.OverdueTalk> items, int page, int size, long totalItems) {}
}

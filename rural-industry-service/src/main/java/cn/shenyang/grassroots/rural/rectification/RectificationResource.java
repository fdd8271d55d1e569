package cn.shenyang.grassroots.rural.rectification;

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
import java.time.LocalDate;
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

@Path("/api/v1/rectifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rectifications", description = "Weak-and-lax village party organisations rectified case by case and closed out")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class RectificationResource {
    static final String PATH = "/api/v1/rectifications";

    @Inject
    RectificationService service;

    @Inject
    RectificationWorkflow workflow;

    @Inject
    RectificationQueries queries;

    @Inject
    RectificationLookup cases;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createRectification", summary = "Open a weak-and-lax case with its plan and problems",
            description = "One case per village party organisation and year (the year of identifiedOn); each problem with "
                    + "one countermeasure and an owner; the four-ones cover may follow. Opened from above: your scope must "
                    + "begin at least one level above the village (403 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new case"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the village")
    @APIResponse(responseCode = "409", description = "The village already has a case for the year")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull RectificationRequests.CreateRectification request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Rectification r = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, r.id, queries.view(r), r.version);
        });
    }

    @GET
    @Operation(operationId = "listRectifications", summary = "List cases in your subtree",
            description = "Filters combine with AND; each case with its problems.")
    @APIResponse(responseCode = "200", description = "A page of cases",
            content = @Content(schema = @Schema(implementation = RectificationPage.class)))
    public Page<RectificationView> list(
            @Parameter(description = "Only cases of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @QueryParam("status") RectificationStatus status,
            @Parameter(description = "identifiedOn (default, descending), year, status, statusOn, updatedAt; '-' prefix "
                    + "for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new RectificationQueries.Filter(orgUnitId, year, status, sort), page);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "getRectificationCounts", summary = "Cases opened, closed out and still open in a year",
            description = "For a subtree and year, counted by the days things happened; each figure's definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = RectificationView.Counts.class)))
    public RectificationView.Counts counts(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return queries.counts(orgUnitId, today.pastYear(year), today.date());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRectification", summary = "Read one case with its problems")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(queries.view(cases.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateRectificationPlan", summary = "Replace a case's plan and four-ones cover",
            description = "Only while the case is being rectified (409 once closed out).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the village")
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    @APIResponse(responseCode = "409", description = "The case is closed out")
    @IfMatch(RectificationLookup.class)
    public Response updatePlan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RectificationRequests.UpdatePlan request) {
        return Versions.ok(queries.view(service.updatePlan(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/problems")
    @Operation(operationId = "addRectificationProblem", summary = "Add a problem, with its countermeasure and owner",
            description = "Only while the case is being rectified; the case gets a new version.")
    @APIResponse(responseCode = "200", description = "Added; the case as it now is",
            headers = @Header(name = "ETag", description = "The case's new version"),
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the village")
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    @APIResponse(responseCode = "409", description = "The case is closed out")
    @IfMatch(RectificationLookup.class)
    public Response addProblem(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RectificationRequests.ProblemInput request) {
        return Versions.ok(queries.view(service.addProblem(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/problems/{problemId}/resolve")
    @Operation(operationId = "resolveRectificationProblem", summary = "Record a problem as resolved",
            description = "On its real day (never before it was raised, never in the future); the case gets a new version.")
    @APIResponse(responseCode = "200", description = "Resolved; the case as it now is",
            headers = @Header(name = "ETag", description = "The case's new version"),
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the village")
    @APIResponse(responseCode = "404", description = "No such case or problem in your scope")
    @APIResponse(responseCode = "409", description = "The problem is already resolved")
    @IfMatch(RectificationLookup.class)
    public Response resolveProblem(@PathParam("id") UUID id, @PathParam("problemId") UUID problemId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull RectificationRequests.ResolveProblem request) {
        return Versions.ok(queries.view(service.resolveProblem(id, problemId, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/progress-notes")
    @Operation(operationId = "createRectificationNote", summary = "Note the progress of a case",
            description = "Dated the day it describes (default today; never before the case was identified).")
    @APIResponse(responseCode = "201", description = "Noted",
            content = @Content(schema = @Schema(implementation = RectificationView.NoteView.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    public Response addNote(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.AddNote request) {
        return Response.status(Response.Status.CREATED).entity(RectificationView.NoteView.of(service.addNote(id, request)))
                .build();
    }

    @GET
    @Path("/{id}/progress-notes")
    @Operation(operationId = "listRectificationNotes", summary = "A case's progress notes, oldest first")
    @APIResponse(responseCode = "200", description = "A page of notes",
            content = @Content(schema = @Schema(implementation = NotePage.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    public Page<RectificationView.NoteView> notes(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.notes(id, page).map(RectificationView.NoteView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "performRectificationAction", summary = "Close out (销号) or reopen a case",
            description = "CLOSE_OUT (the county level: a scope two levels above the village or higher) only when every "
                    + "problem is resolved, dated on or after the last resolution; REOPEN (reason required). Dated "
                    + "occurredOn (default today; never in the future, never before the previous step).")
    @APIResponse(responseCode = "200", description = "Performed; the history has a new row",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = RectificationView.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    @APIResponse(responseCode = "409", description = "Not allowed now or not from your scope; the detail says why "
            + "(e.g. which problems are still open)")
    @IfMatch(RectificationLookup.class)
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RectificationRequests.PerformAction request) {
        return Versions.ok(queries.view(workflow.perform(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getRectificationAllowedActions", summary = "What you may do to this case now",
            description = "The actions the table offers your role; available=false with blockedBy while a rule (open "
                    + "problems, your scope, the day) holds one back.")
    @APIResponse(responseCode = "200", description = "The actions",
            content = @Content(schema = @Schema(implementation = RectificationView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    public RectificationView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "Judge the rules as of this day (YYYY-MM-DD); default today")
            @QueryParam("occurredOn") LocalDate occurredOn) {
        return workflow.allowedActions(id, occurredOn);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listRectificationHistory", summary = "Every step of a case, oldest first")
    @APIResponse(responseCode = "200", description = "A page of steps",
            content = @Content(schema = @Schema(implementation = StepPage.class)))
    @APIResponse(responseCode = "404", description = "No such case in your scope")
    public Page<RectificationView.StepView> history(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.history(id, page).map(RectificationView.StepView::of);
    }

    @Schema(name = "RectificationPage")
    public record RectificationPage(@Schema(required = true, maxItems = 200) List<RectificationView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "RectificationNotePage")
    public record NotePage(@Schema(required = true, maxItems = 200) List<RectificationView.NoteView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "RectificationStepPage")
    public record StepPage(@Schema(required = true, maxItems = 200) List<RectificationView.StepView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

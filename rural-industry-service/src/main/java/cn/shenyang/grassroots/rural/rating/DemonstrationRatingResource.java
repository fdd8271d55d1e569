package cn.shenyang.grassroots.rural.rating;

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

@Path("/api/v1/demonstration-ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Demonstration ratings", description = "Villages rated basic, upgraded or demonstration per year; "
        + "whole-township demonstrations")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class DemonstrationRatingResource {
    static final String PATH = "/api/v1/demonstration-ratings";

    @Inject
    DemonstrationRatingService service;

    @Inject
    DemonstrationRatingQueries queries;

    @Inject
    RatingLookup ratings;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createDemonstrationRating", summary = "Rate a village or a township for a year",
            description = "Villages are rated BASIC, UPGRADED or DEMONSTRATION, township-level units "
                    + "WHOLE_TOWNSHIP_DEMONSTRATION; one rating per unit and year. A unit is rated from above: your "
                    + "scope must begin at least one level above it (403 otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new rating"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = DemonstrationRatingView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the rated unit")
    @APIResponse(responseCode = "409", description = "The unit is already rated for the year")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull DemonstrationRatingRequests.CreateRating request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            DemonstrationRating d = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, d.id, DemonstrationRatingView.of(d), d.version);
        });
    }

    @GET
    @Operation(operationId = "listDemonstrationRatings", summary = "List ratings in your subtree",
            description = "Filters combine with AND; unitId with no other filter is one unit's history, by year.")
    @APIResponse(responseCode = "200", description = "A page of ratings",
            content = @Content(schema = @Schema(implementation = RatingPage.class)))
    public Page<DemonstrationRatingView> list(
            @Parameter(description = "Only units in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Only this one unit's ratings (its history)") @QueryParam("unitId") UUID unitId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @QueryParam("rating") DemonstrationLevel rating,
            @Parameter(description = "year (default, descending), rating, ratedOn, updatedAt; '-' prefix for descending")
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new DemonstrationRatingQueries.Filter(orgUnitId, unitId, year, rating, sort), page)
                .map(DemonstrationRatingView::of);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "getDemonstrationRatingCounts", summary = "Ratings of a year in a subtree",
            description = "Villages by rating and whole-township demonstrations for the year; each figure's definition "
                    + "is in its schema.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = DemonstrationRatingView.Counts.class)))
    public DemonstrationRatingView.Counts counts(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)", required = true,
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return queries.counts(orgUnitId, today.pastYear(year));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDemonstrationRating", summary = "Read one rating")
    @APIResponse(responseCode = "200", description = "The rating", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = DemonstrationRatingView.class)))
    @APIResponse(responseCode = "404", description = "No such rating in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(DemonstrationRatingView.of(ratings.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateDemonstrationRating", summary = "Change a rating, with the reason",
            description = "The change is kept in the rating's history with its reason and the day it was decided.")
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = DemonstrationRatingView.class)))
    @APIResponse(responseCode = "403", description = "Your scope does not begin above the rated unit")
    @APIResponse(responseCode = "404", description = "No such rating in your scope")
    @IfMatch(RatingLookup.class)
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DemonstrationRatingRequests.ChangeRating request) {
        return Versions.ok(DemonstrationRatingView.of(service.change(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/changes")
    @Operation(operationId = "listDemonstrationRatingChanges", summary = "A rating as it was set and every change, oldest first")
    @APIResponse(responseCode = "200", description = "A page of changes",
            content = @Content(schema = @Schema(implementation = ChangePage.class)))
    @APIResponse(responseCode = "404", description = "No such rating in your scope")
    public Page<DemonstrationRatingView.ChangeView> changes(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.changes(id, page).map(DemonstrationRatingView.ChangeView::of);
    }

    @Schema(name = "DemonstrationRatingPage")
    public record RatingPage(@Schema(required = true, maxItems = 200) List<DemonstrationRatingView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "DemonstrationRatingChangePage")
    public record ChangePage(@Schema(required = true, maxItems = 200) List<DemonstrationRatingView.ChangeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

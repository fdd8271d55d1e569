package cn.shenyang.grassroots.rural.post;

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

@Path("/api/v1/party-member-posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Party-member posts", description = "\"Claim a post, act, achieve\": rural party members' post claims, "
        + "fulfilment and evaluation")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class PostClaimResource {
    static final String PATH = "/api/v1/party-member-posts";

    @Inject
    PostClaimService service;

    @Inject
    PostClaimQueries queries;

    @Inject
    PostClaimLookup claims;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createPartyMemberPostClaim", summary = "A party member claims a post with a commitment",
            description = "The post types are the dictionary's partyMemberPostType (17). Mobile party members (流动党员) "
                    + "claim posts too and are counted apart. A member named by ID number claims a post type at most once "
                    + "a year (409).")
    @APIResponse(responseCode = "201", description = "Claimed",
            headers = {@Header(name = "Location", description = "The new claim"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = PostClaimView.class)))
    @APIResponse(responseCode = "409", description = "The member already claimed this post type in the year")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PostClaimRequests.CreateClaim request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            PostClaim c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, view(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listPartyMemberPostClaims", summary = "List post claims in your subtree",
            description = "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of claims",
            content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    public Page<PostClaimView> list(
            @Parameter(description = "Only claims in villages of this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year of the claims",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @Min(value = 1949, message = "must be 1949 or later") @Max(value = 2200, message = "must be 2200 or earlier") @QueryParam("year") Integer year,
            @QueryParam("postType") PostType postType,
            @Parameter(description = "Only mobile (true) or resident (false) members") @QueryParam("mobile") Boolean mobile,
            @QueryParam("status") PostClaimStatus status,
            @Parameter(description = "claimedOn (default, descending), memberName, postType, status, updatedAt; '-' prefix "
                    + "for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new PostClaimQueries.Filter(orgUnitId, year, postType, mobile, status, sort), page)
                .map(c -> PostClaimView.of(c, personal));
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "getPartyMemberPostCounts", summary = "Post claims of a subtree in a year, by post type",
            description = "Claims, members, mobile members apart, fulfilment and evaluation; each figure's definition is "
                    + "in its schema.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = PostClaimView.Counts.class)))
    public PostClaimView.Counts counts(
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
    @Operation(operationId = "getPartyMemberPostClaim", summary = "Read one post claim")
    @APIResponse(responseCode = "200", description = "The claim", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = PostClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(view(claims.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/fulfilment-records")
    @Operation(operationId = "createPartyMemberPostFulfilment", summary = "Record something done to fulfil the post",
            description = "While the post is claimed; dated the day it happened (never before the claim).")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = PostClaimView.FulfilmentView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in your scope")
    @APIResponse(responseCode = "409", description = "The claim was evaluated or released")
    public Response addFulfilment(@PathParam("id") UUID id, @Valid @NotNull PostClaimRequests.AddFulfilment request) {
        return Response.status(Response.Status.CREATED)
                .entity(PostClaimView.FulfilmentView.of(service.addFulfilment(id, request))).build();
    }

    @GET
    @Path("/{id}/fulfilment-records")
    @Operation(operationId = "listPartyMemberPostFulfilment", summary = "A claim's fulfilment records, oldest first")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(schema = @Schema(implementation = FulfilmentPage.class)))
    @APIResponse(responseCode = "404", description = "No such claim in your scope")
    public Page<PostClaimView.FulfilmentView> fulfilment(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.fulfilment(id, page).map(PostClaimView.FulfilmentView::of);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/actions")
    @Operation(operationId = "performPartyMemberPostAction", summary = "Evaluate or release a claimed post",
            description = "EVALUATE (evaluation required) or RELEASE (the reason in note required), from CLAIMED; both "
                    + "are final. Dated occurredOn (default today; never in the future, never before the claim).")
    @APIResponse(responseCode = "200", description = "Performed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = PostClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in your scope")
    @APIResponse(responseCode = "409", description = "Not allowed in the claim's status; the detail says why")
    @IfMatch(PostClaimLookup.class)
    public Response perform(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PostClaimRequests.PerformAction request) {
        return Versions.ok(view(service.perform(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/allowed-actions")
    @Operation(operationId = "getPartyMemberPostAllowedActions", summary = "What you may do to this claim now")
    @APIResponse(responseCode = "200", description = "The actions",
            content = @Content(schema = @Schema(implementation = PostClaimView.AllowedActions.class)))
    @APIResponse(responseCode = "404", description = "No such claim in your scope")
    public PostClaimView.AllowedActions allowedActions(@PathParam("id") UUID id,
            @Parameter(description = "Judge the rules as of this day (YYYY-MM-DD); default today")
            @QueryParam("occurredOn") LocalDate occurredOn) {
        return service.allowedActions(id, occurredOn);
    }

    private PostClaimView view(PostClaim c) {
        return PostClaimView.of(c, caller.mayReadPersonalData());
    }

    @Schema(name = "PartyMemberPostClaimPage")
    public record ClaimPage(@Schema(required = true, maxItems = 200) List<PostClaimView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "PartyMemberPostFulfilmentPage")
    public record FulfilmentPage(@Schema(required = true, maxItems = 200) List<PostClaimView.FulfilmentView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

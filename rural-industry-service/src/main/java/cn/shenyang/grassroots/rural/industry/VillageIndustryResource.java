package cn.shenyang.grassroots.rural.industry;

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

@Path("/api/v1/village-industries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Village industries", description = "\"One village, one product\": villages' leading industries, "
        + "greenhouse areas and households")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class VillageIndustryResource {
    static final String PATH = "/api/v1/village-industries";

    @Inject
    VillageIndustryService service;

    @Inject
    VillageIndustryQueries queries;

    @Inject
    IndustryLookup industries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createVillageIndustry", summary = "Record an industry or product of a village",
            description = "Leading by default; a village has at most one leading industry on any day (409 naming the "
                    + "other one otherwise).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new industry"),
                    @Header(name = "ETag", description = "Its version, for If-Match")},
            content = @Content(schema = @Schema(implementation = VillageIndustryView.class)))
    @APIResponse(responseCode = "409", description = "The village already has a leading industry on those days")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull VillageIndustryRequests.CreateIndustry request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            VillageIndustry i = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, i.id, VillageIndustryView.of(i), i.version);
        });
    }

    @GET
    @Operation(operationId = "listVillageIndustries", summary = "List village industries in your subtree",
            description = "Filters combine with AND.")
    @APIResponse(responseCode = "200", description = "A page of industries",
            content = @Content(schema = @Schema(implementation = IndustryPage.class)))
    public Page<VillageIndustryView> list(
            @Parameter(description = "Only industries of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("category") IndustryCategory category,
            @Parameter(description = "Only leading (true) or other (false) industries") @QueryParam("leading") Boolean leading,
            @Parameter(description = "Only industries running on this day") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "Name contains (case-insensitive)", schema = @Schema(maxLength = 100))
            @QueryParam("q") String q,
            @Parameter(description = "startedOn (default, descending), name, greenhouseAreaHectares, householdsInvolved, "
                    + "updatedAt; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new VillageIndustryQueries.Filter(orgUnitId, category, leading, activeOn, q, sort), page)
                .map(VillageIndustryView::of);
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getVillageIndustryCoverage", summary = "\"One village, one product\" coverage of a subtree",
            description = "The share of the subtree's villages with a leading industry on a day, the greenhouse area and "
                    + "households of the industries running then, by category. Each figure's definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The coverage",
            content = @Content(schema = @Schema(implementation = VillageIndustryView.Coverage.class)))
    public VillageIndustryView.Coverage coverage(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The day counted (YYYY-MM-DD); default today, never in the future")
            @QueryParam("asOf") LocalDate asOf) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return queries.coverage(orgUnitId, today.dated(asOf, "asOf", null, null));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVillageIndustry", summary = "Read one village industry")
    @APIResponse(responseCode = "200", description = "The industry", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = VillageIndustryView.class)))
    @APIResponse(responseCode = "404", description = "No such industry in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(VillageIndustryView.of(industries.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateVillageIndustry", summary = "Replace an industry's details, or end it",
            description = "Every field as it should be; endedOn (not before startedOn, never in the future) ends it.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = VillageIndustryView.class)))
    @APIResponse(responseCode = "404", description = "No such industry in your scope")
    @APIResponse(responseCode = "409", description = "The village already has a leading industry on those days")
    @IfMatch(IndustryLookup.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VillageIndustryRequests.UpdateIndustry request) {
        VillageIndustry i = service.update(id, ifMatch, request);
        return Versions.ok(VillageIndustryView.of(i));
    }

    @Schema(name = "VillageIndustryPage")
    public record IndustryPage(@Schema(required = true, maxItems = 200) List<VillageIndustryView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

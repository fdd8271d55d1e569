package cn.shenyang.grassroots.volunteer.compound;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/residential-compounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red property")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CompoundResource {
    static final String PATH = "/api/v1/residential-compounds";

    @Inject
    CompoundService service;

    @Inject
    CompoundQueries queries;

    @Inject
    CompoundLookup compounds;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createResidentialCompound", summary = "Register a compound under a community, with its first grade",
            description = "The first grade starts the grade history, dated gradedOn (default today).")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The compound"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = CompoundView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CompoundRequests.Create request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            ResidentialCompound c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, queries.view(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listResidentialCompounds", summary = "List compounds in your subtree",
            description = "Compounds of communities in your subtree (or orgUnitId's), with their current grade and party coverage.")
    @APIResponse(responseCode = "200", description = "A page of compounds",
            content = @Content(schema = @Schema(implementation = CompoundPage.class)))
    public Page<CompoundView> list(
            @Parameter(description = "Only compounds of communities in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("grade") PropertyServiceGrade grade, @QueryParam("propertyCompanyId") UUID propertyCompanyId,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q,
            @Parameter(description = "name (default), households, gradeSince, createdAt; '-' prefix for descending")
            @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(orgUnitId, grade, propertyCompanyId, q, sort, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getResidentialCompound", summary = "Read one compound with its party coverage",
            description = "The compound, its current grade and since when, its company and committee and whether either has a party organisation or members.")
    @APIResponse(responseCode = "200", description = "The compound", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = CompoundView.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(queries.view(compounds.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(CompoundLookup.class)
    @Operation(operationId = "updateResidentialCompound", summary = "Replace a compound's details and property company",
            description = "The grade changes only through POST …/grade-changes. A PROFESSIONAL compound keeps a company (409).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CompoundView.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    @APIResponse(responseCode = "409", description = "A PROFESSIONAL compound without a property company")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompoundRequests.Update request) {
        return Versions.ok(queries.view(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/grade-changes")
    @IfMatch(CompoundLookup.class)
    @Operation(operationId = "createResidentialCompoundGradeChange", summary = "Regrade a compound, dated, with the reason",
            description = "Appends to the grade history; occurredOn defaults to today, never in the future or before the "
                    + "current grade was given. PROFESSIONAL needs a property company.")
    @APIResponse(responseCode = "200", description = "Regraded", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CompoundView.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    @APIResponse(responseCode = "409", description = "Already that grade, or PROFESSIONAL without a company")
    public Response changeGrade(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CompoundRequests.ChangeGrade request) {
        return Versions.ok(queries.view(service.changeGrade(id, ifMatch, request)));
    }

    @GET
    @Path("/{id}/grade-changes")
    @Operation(operationId = "listResidentialCompoundGradeChanges", summary = "A compound's grade history, oldest first",
            description = "Every grade the compound held, the first grading first, each from the day it was given, with the reason and who entered it.")
    @APIResponse(responseCode = "200", description = "The grades it held",
            content = @Content(schema = @Schema(implementation = GradeChangePage.class)))
    @APIResponse(responseCode = "404", description = "No such compound in your scope")
    public Page<CompoundView.GradeChangeView> gradeHistory(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.gradeHistory(id, page).map(CompoundView.GradeChangeView::of);
    }

    @Schema(name = "ResidentialCompoundPage")
    public record CompoundPage(@Schema(required = true, maxItems = 200) List<CompoundView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "CompoundGradeChangePage")
    public record GradeChangePage(@Schema(required = true, maxItems = 200) List<CompoundView.GradeChangeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

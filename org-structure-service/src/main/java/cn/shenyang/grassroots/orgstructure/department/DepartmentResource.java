package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.orgstructure.pairing.PairingQueries;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "District-level departments (区直单位) that pair with communities and answer whistles")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class DepartmentResource {
    @Inject
    DepartmentService service;

    @Inject
    DepartmentQueries queries;

    @Inject
    PairingQueries pairings;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createDepartment", summary = "Create a department of a district")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "409", description = "The district already has a department of that name")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull DepartmentRequests.SaveDepartment request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/departments", request, () -> {
            Department d = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/departments", d.id,
                    DepartmentView.of(d, caller.mayReadPersonalData()), d.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDepartment", summary = "Read one department")
    @APIResponse(responseCode = "200", description = "The department", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such department in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(DepartmentView.of(service.require(id), caller.mayReadPersonalData()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateDepartment", summary = "Replace a department's name, district, kind and liaison")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DepartmentView.class)))
    @APIResponse(responseCode = "404", description = "No such department in your scope")
    @APIResponse(responseCode = "409", description = "The district already has a department of that name")
    @IfMatch(DepartmentService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DepartmentRequests.SaveDepartment request) {
        return Versions.ok(DepartmentView.of(service.update(id, ifMatch, request), caller.mayReadPersonalData()));
    }

    @GET
    @Operation(operationId = "listDepartments", summary = "List departments",
            description = "Filters combine with AND. communityId gives the departments paired with that community on pairedOn.")
    @APIResponse(responseCode = "200", description = "A page of departments",
            content = @Content(schema = @Schema(implementation = DepartmentPage.class)))
    public Page<DepartmentView> list(
            @QueryParam("districtId") UUID districtId,
            @QueryParam("kind") DepartmentKind kind,
            @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Only departments paired with this community") @QueryParam("communityId") UUID communityId,
            @Parameter(description = "The day the pairing must be active (default today)") @QueryParam("pairedOn") LocalDate pairedOn,
            @Parameter(description = "name (default), kind, createdAt; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new DepartmentQueries.Filter(districtId, kind, q, communityId, pairedOn, sort), page);
    }

    @GET
    @Path("/{id}/communities")
    @Operation(operationId = "listDepartmentCommunities", summary = "The communities a department is paired with on a day")
    @APIResponse(responseCode = "200", description = "Paired communities, by name",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PairingQueries.PairedCommunity.class)))
    @APIResponse(responseCode = "404", description = "No such department in your scope")
    public List<PairingQueries.PairedCommunity> communities(@PathParam("id") UUID id,
            @Parameter(description = "Default today") @QueryParam("on") LocalDate on) {
        return pairings.communitiesOf(id, on);
    }

    @Schema(name = "DepartmentPage")
    public record DepartmentPage(List<DepartmentView> items, int page, int size, long totalItems) {}
}

package cn.shenyang.grassroots.volunteer.propertycompany;

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

@Path("/api/v1/property-companies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red property", description = "\"3+N\" red property: compounds and their grades, property companies, owners' committees, tripartite meetings")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class PropertyCompanyResource {
    static final String PATH = "/api/v1/property-companies";

    @Inject
    PropertyCompanyService service;

    @Inject
    PropertyCompanyLookup companies;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createPropertyCompany", summary = "Register a property company",
            description = "With its unified social credit code (GB 32100 check character; unique) and its party presence.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The company"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = PropertyCompanyView.class)))
    @APIResponse(responseCode = "409", description = "The credit code is already registered")
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PropertyCompanyRequests.Save request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            PropertyCompany c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, PropertyCompanyView.of(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listPropertyCompanies", summary = "Property companies registered in your subtree or above it",
            description = "Registered in your subtree or on the path above it; orgUnitId limits to companies registered in that unit's subtree.")
    @APIResponse(responseCode = "200", description = "A page of companies",
            content = @Content(schema = @Schema(implementation = PropertyCompanyPage.class)))
    public Page<PropertyCompanyView> list(
            @Parameter(description = "Only companies registered in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("hasPartyOrganization") Boolean hasPartyOrganization,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q,
            @Parameter(description = "name (default), createdAt; '-' prefix for descending") @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return service.list(orgUnitId, hasPartyOrganization, q, sort, page).map(PropertyCompanyView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPropertyCompany", summary = "Read one property company",
            description = "A company registered in your subtree or above it (above it: read-only).")
    @APIResponse(responseCode = "200", description = "The company", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = PropertyCompanyView.class)))
    @APIResponse(responseCode = "404", description = "No such company in or above your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(PropertyCompanyView.of(companies.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(PropertyCompanyLookup.class)
    @Operation(operationId = "updatePropertyCompany", summary = "Replace a property company's details and party presence",
            description = "Only callers whose subtree holds the registering unit may change it (403 for a company registered above).")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = PropertyCompanyView.class)))
    @APIResponse(responseCode = "403", description = "Registered above your unit")
    @APIResponse(responseCode = "404", description = "No such company in or above your scope")
    @APIResponse(responseCode = "409", description = "The credit code belongs to another company")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PropertyCompanyRequests.Save request) {
        return Versions.ok(PropertyCompanyView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "PropertyCompanyPage")
    public record PropertyCompanyPage(@Schema(required = true, maxItems = 200) List<PropertyCompanyView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

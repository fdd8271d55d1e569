package cn.shenyang.grassroots.orgstructure.servicesite;

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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/service-sites")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service sites", description = "Party-and-masses service centres and stations, red stations, experience centres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ServiceSiteResource {
    @Inject
    ServiceSiteService service;

    @Inject
    ServiceSiteQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createServiceSite", summary = "Register a service site")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ServiceSiteRequests.View.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ServiceSiteRequests.SaveServiceSite request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/service-sites", request, () -> {
            ServiceSite s = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/service-sites", s.id, service.view(s), s.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServiceSite", summary = "Read one service site")
    @APIResponse(responseCode = "200", description = "The site", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceSiteRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such site in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(service.view(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateServiceSite", summary = "Replace a service site")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ServiceSiteRequests.View.class)))
    @APIResponse(responseCode = "404", description = "No such site in your scope")
    @IfMatch(ServiceSiteService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ServiceSiteRequests.SaveServiceSite request) {
        return Versions.ok(service.view(service.update(id, ifMatch, request)));
    }

    @GET
    @Operation(operationId = "listServiceSites", summary = "List service sites")
    @APIResponse(responseCode = "200", description = "A page of sites",
            content = @Content(schema = @Schema(implementation = ServiceSitePage.class)))
    public Page<ServiceSiteRequests.View> list(
            @Parameter(description = "Sites run by units in this subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") ServiceSiteKind kind,
            @Parameter(description = "Name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "name (default), kind; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new ServiceSiteQueries.Filter(orgUnitId, kind, q, sort), page);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "getServiceSiteCounts", summary = "Service sites of a subtree by kind and by level")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = ServiceSiteRequests.Counts.class)))
    public ServiceSiteRequests.Counts counts(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId) {
        return queries.counts(orgUnitId);
    }

    @Schema(name = "ServiceSitePage")
    public record ServiceSitePage(List<ServiceSiteRequests.View> items, int page, int size, long totalItems) {}
}

package cn.shenyang.grassroots.gateway.client;

import cn.shenyang.grassroots.gateway.account.GranteeQueries;
import cn.shenyang.grassroots.gateway.account.RoleSet;
import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
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

@Path("/api/v1/integration-clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Integration clients", description = "Scripts and systems that log in with a client id and secret")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
public class IntegrationClientResource {
    private static final GranteeQueries.Kind<IntegrationClient> CLIENTS =
            new GranteeQueries.Kind<>(IntegrationClient.class, "integration_client", "client_id", "name");

    @Inject
    IntegrationClientService service;

    @Inject
    GranteeQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createIntegrationClient", summary = "Register an integration client",
            description = "An ORG_MANAGER can register clients only inside their own subtree and never with a role above their own.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = IntegrationClientView.class)))
    @APIResponse(responseCode = "403", description = "A role above your own, or whole-tree access you do not have")
    @APIResponse(responseCode = "409", description = "Client id already taken")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull IntegrationClientRequests.CreateIntegrationClient request,
            @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/integration-clients",
                request.fingerprint(), () -> {
                    IntegrationClient c = service.create(request);
                    return IdempotentCreates.Created.at(uri, "api/v1/integration-clients", c.id, IntegrationClientView.of(c), c.version);
                });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIntegrationClient", summary = "Read one integration client")
    @APIResponse(responseCode = "200", description = "The client", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = IntegrationClientView.class)))
    @APIResponse(responseCode = "404", description = "No such client in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(IntegrationClientView.of(service.require(id)));
    }

    @GET
    @Operation(operationId = "listIntegrationClients", summary = "List the integration clients in your scope, by client id")
    @APIResponse(responseCode = "200", description = "A page of clients",
            content = @Content(schema = @Schema(implementation = IntegrationClientPage.class)))
    public Page<IntegrationClientView> list(
            @Parameter(description = "Client id or name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Only clients holding this role") @QueryParam("role") String role,
            @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageRequest page) {
        if (role != null && !RoleSet.known(role)) {
            throw ProblemException.invalid("role", "'" + role + "' is not one of " + String.join(", ", Roles.BY_RANK));
        }
        return queries.list(CLIENTS, new GranteeQueries.Filter(q, role, orgUnitId, enabled), page)
                .map(IntegrationClientView::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateIntegrationClient", summary = "Replace a client's name, roles, org unit and enabled flag")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = IntegrationClientView.class)))
    @APIResponse(responseCode = "403", description = "A role above your own")
    @APIResponse(responseCode = "404", description = "No such client in your scope")
    @IfMatch(IntegrationClientService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IntegrationClientRequests.UpdateIntegrationClient request) {
        return Versions.ok(IntegrationClientView.of(service.update(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/secret")
    @Operation(operationId = "rotateIntegrationClientSecret", summary = "Replace a client's secret",
            description = "Send a secret of your own, or none to have one generated; the answer is the only time it is shown.")
    @APIResponse(responseCode = "200", description = "The new secret", headers = @Header(name = "Cache-Control"),
            content = @Content(schema = @Schema(implementation = IntegrationClientView.Secret.class)))
    @APIResponse(responseCode = "403", description = "The client's role is above your own")
    @APIResponse(responseCode = "404", description = "No such client in your scope")
    @IfMatch(IntegrationClientService.class)
    public Response rotateSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid IntegrationClientRequests.RotateSecret request) {
        IntegrationClientView.Secret secret = service.rotateSecret(id, ifMatch, request == null ? null : request.clientSecret());
        return Response.ok(secret).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.ETAG, Versions.etag(service.require(id).version)).build();
    }

    @Schema(name = "IntegrationClientPage")
    public record IntegrationClientPage(List<IntegrationClientView> items, int page, int size, long totalItems) {}
}

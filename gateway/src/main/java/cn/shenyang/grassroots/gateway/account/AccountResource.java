package cn.shenyang.grassroots.gateway.account;

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
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "People who log in: their roles and the org unit whose subtree they see")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
public class AccountResource {
    @Inject
    AccountService service;

    @Inject
    GranteeQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @POST
    @Operation(operationId = "createAccount", summary = "Create an account",
            description = "An ORG_MANAGER can create accounts only inside their own subtree and never with a role above their own.")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "403", description = "A role above your own, or whole-tree access you do not have")
    @APIResponse(responseCode = "409", description = "User name already taken")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull AccountRequests.CreateAccount request,
            @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/accounts", request.fingerprint(), () -> {
            Account a = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/accounts", a.id, AccountView.of(a), a.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAccount", summary = "Read one account")
    @APIResponse(responseCode = "200", description = "The account", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "404", description = "No such account in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(AccountView.of(service.require(id)));
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "List the accounts in your scope, by user name")
    @APIResponse(responseCode = "200", description = "A page of accounts",
            content = @Content(schema = @Schema(implementation = AccountPage.class)))
    public Page<AccountView> list(
            @Parameter(description = "User name or display name contains (case-insensitive)") @QueryParam("q") String q,
            @Parameter(description = "Only accounts holding this role") @QueryParam("role") String role,
            @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("enabled") Boolean enabled,
            @Valid @BeanParam PageRequest page) {
        if (role != null && !RoleSet.known(role)) {
            throw ProblemException.invalid("role", "'" + role + "' is not one of " + String.join(", ", Roles.BY_RANK));
        }
        return queries.list(GranteeQueries.ACCOUNTS, new GranteeQueries.Filter(q, role, orgUnitId, enabled), page).map(AccountView::of);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateAccount", summary = "Replace an account's roles, org unit, display name and enabled flag")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "403", description = "A role above your own")
    @APIResponse(responseCode = "404", description = "No such account in your scope")
    @APIResponse(responseCode = "409", description = "The change would disable your own account")
    @IfMatch(AccountService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequests.UpdateAccount request) {
        return Versions.ok(AccountView.of(service.update(id, ifMatch, request)));
    }

    @POST
    @Path("/{id}/password")
    @Operation(operationId = "resetAccountPassword", summary = "Set a new password for an account")
    @APIResponse(responseCode = "200", description = "Password replaced", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "403", description = "The account's role is above your own")
    @APIResponse(responseCode = "404", description = "No such account in your scope")
    @IfMatch(AccountService.class)
    public Response resetPassword(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AccountRequests.ResetPassword request) {
        return Versions.ok(AccountView.of(service.resetPassword(id, ifMatch, request.password())));
    }

    @DELETE
    @Path("/{id}/sessions")
    @Operation(operationId = "revokeAccountSessions", summary = "Sign an account out everywhere",
            description = "Every refresh token of the account stops working at once; access tokens already issued "
                    + "expire within their lifetime (15 minutes). Resetting the password, disabling the account or "
                    + "changing its roles or org unit does the same.")
    @APIResponse(responseCode = "204", description = "Every session of the account ended")
    @APIResponse(responseCode = "403", description = "The account's role is above your own")
    @APIResponse(responseCode = "404", description = "No such account in your scope")
    public Response revokeSessions(@PathParam("id") UUID id) {
        service.revokeSessions(id);
        return Response.noContent().build();
    }

    /** Named page type so the OpenAPI document has a concrete schema for generated clients. */
    @Schema(name = "AccountPage")
    public record AccountPage(List<AccountView> items, int page, int size, long totalItems) {}
}

package cn.shenyang.grassroots.volunteer.ownerscommittee;

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

@Path("/api/v1/owners-committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Red property")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class OwnersCommitteeResource {
    static final String PATH = "/api/v1/owners-committees";

    @Inject
    OwnersCommitteeService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createOwnersCommittee", summary = "Register a compound's owners' committee",
            description = "One per compound (409 for a second); with its term and party presence.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The committee"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = OwnersCommitteeView.class)))
    @APIResponse(responseCode = "409", description = "The compound already has a committee")
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull OwnersCommitteeRequests.Create request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            OwnersCommittee c = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, c.id, OwnersCommitteeView.of(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listOwnersCommittees", summary = "Owners' committees of compounds in your subtree",
            description = "Committees of compounds whose community lies in your subtree (or orgUnitId's).")
    @APIResponse(responseCode = "200", description = "A page of committees",
            content = @Content(schema = @Schema(implementation = OwnersCommitteePage.class)))
    public Page<OwnersCommitteeView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("compoundId") UUID compoundId,
            @QueryParam("hasPartyOrganization") Boolean hasPartyOrganization, @Valid @BeanParam PageRequest page) {
        return service.list(orgUnitId, compoundId, hasPartyOrganization, page).map(OwnersCommitteeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOwnersCommittee", summary = "Read one owners' committee",
            description = "The committee of a compound in your subtree, with its term and party presence.")
    @APIResponse(responseCode = "200", description = "The committee", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = OwnersCommitteeView.class)))
    @APIResponse(responseCode = "404", description = "No such committee in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(OwnersCommitteeView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(OwnersCommitteeService.class)
    @Operation(operationId = "updateOwnersCommittee", summary = "Replace a committee's details, term and party presence",
            description = "Send If-Match with the ETag you read; the committee stays with its compound.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = OwnersCommitteeView.class)))
    @APIResponse(responseCode = "404", description = "No such committee in your scope")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OwnersCommitteeRequests.Update request) {
        return Versions.ok(OwnersCommitteeView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "OwnersCommitteePage")
    public record OwnersCommitteePage(@Schema(required = true, maxItems = 200) List<OwnersCommitteeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

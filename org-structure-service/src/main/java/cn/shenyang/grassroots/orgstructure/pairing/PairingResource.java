package cn.shenyang.grassroots.orgstructure.pairing;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pairings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Pairings", description = "Department ↔ community pairings (共联共享共建共促) and the communities left unpaired")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class PairingResource {
    @Inject
    PairingService service;

    @Inject
    PairingQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createPairing", summary = "Pair a department with a community")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "409", description = "The same pair already has a pairing in an overlapping period")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PairingRequests.CreatePairing request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/pairings", request, () -> {
            Pairing p = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/pairings", p.id, PairingView.of(p), p.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPairing", summary = "Read one pairing")
    @APIResponse(responseCode = "200", description = "The pairing", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "404", description = "No such pairing in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(PairingView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePairing", summary = "Change a pairing's period (set validTo to end it)")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PairingView.class)))
    @APIResponse(responseCode = "404", description = "No such pairing in your scope")
    @APIResponse(responseCode = "409", description = "The new period overlaps another pairing of the same pair")
    @IfMatch(PairingService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PairingRequests.UpdatePairing request) {
        return Versions.ok(PairingView.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Operation(operationId = "listPairings", summary = "List pairings",
            description = "Filters combine with AND: a department's pairings, a community's (its departments), those active on a day.")
    @APIResponse(responseCode = "200", description = "A page of pairings",
            content = @Content(schema = @Schema(implementation = PairingPage.class)))
    public Page<PairingView> list(
            @QueryParam("departmentId") UUID departmentId,
            @QueryParam("communityId") UUID communityId,
            @Parameter(description = "Only pairings active on this day") @QueryParam("activeOn") LocalDate activeOn,
            @Parameter(description = "validFrom (default), createdAt; '-' prefix for descending") @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new PairingQueries.Filter(departmentId, communityId, activeOn, sort), page);
    }

    @GET
    @Path("/coverage-gaps")
    @Operation(operationId = "listPairingCoverageGaps", summary = "Communities in a subtree with no active pairing on a day",
            description = "Active units of level COMMUNITY under orgUnitId (inclusive) that no department is paired with on the day.")
    @APIResponse(responseCode = "200", description = "A page of unpaired communities, in tree order",
            content = @Content(schema = @Schema(implementation = CoverageGapPage.class)))
    public Page<PairingQueries.CoverageGap> gaps(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Default today") @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageRequest page) {
        return queries.gaps(orgUnitId, on, page);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countPairings", summary = "Communities of a subtree paired with departments on a day",
            description = "Active communities under orgUnitId (inclusive), those paired with a department on the day, "
                    + "those not, the departments paired with them and the pairings; each figure's definition is in "
                    + "its schema.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = PairingCounts.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public PairingCounts counts(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Default today") @QueryParam("on") LocalDate on) {
        return queries.counts(orgUnitId, on);
    }

    @Schema(name = "PairingPage")
    public record PairingPage(List<PairingView> items, int page, int size, long totalItems) {}

    @Schema(name = "PairingCoverageGapPage")
    public record CoverageGapPage(List<PairingQueries.CoverageGap> items, int page, int size, long totalItems) {}
}

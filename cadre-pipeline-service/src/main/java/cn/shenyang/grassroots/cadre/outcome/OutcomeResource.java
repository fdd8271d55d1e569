package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadreView;
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

@Path("/api/v1/reserve-cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
public class OutcomeResource {
    static final String ELECTIONS = "/api/v1/reserve-cadres/%s/elections";

    @Inject
    OutcomeService service;

    @Inject
    OutcomeQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/party-admission-steps")
    @Operation(operationId = "recordReserveCadrePartyStep", summary = "Record the next dated step into the Party",
            description = "ACTIVIST, then PROBATIONARY, then MEMBER, each dated (occurredOn) no earlier than the one "
                    + "before and than the admission to the pool. Pool members and cadres elected from the pool.")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "Not the next step, or the cadre is neither in the pool nor elected")
    @IfMatch(CadreLookup.class)
    public Response recordPartyStep(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.RecordPartyStep request) {
        return ok(service.recordPartyStep(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/elections")
    @Operation(operationId = "recordReserveCadreElection", summary = "Record a later election of a cadre elected from the pool",
            description = "The first election is the ELECT workflow step (POST …/transitions with committee), which takes "
                    + "the cadre out of the pool as a success; re-elections and elections to the other committee follow here.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location"),
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "The cadre is still in the pool (perform ELECT) or was not elected")
    public Response recordElection(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull OutcomeRequests.RecordElection request, @Context UriInfo uri) {
        String path = ELECTIONS.formatted(id);
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            Election e = service.recordElection(id, request);
            return IdempotentCreates.Created.at(uri, path, e.id, ElectionView.of(e), 0);
        });
    }

    @GET
    @Path("/{id}/elections")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(operationId = "listReserveCadreElections", summary = "Every election of a cadre, earliest first")
    @APIResponse(responseCode = "200", description = "A page of elections",
            content = @Content(schema = @Schema(implementation = ElectionPage.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public Page<ElectionView> elections(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return queries.elections(id, page).map(ElectionView::of);
    }

    @GET
    @Path("/{id}/elections/{electionId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
    @Operation(operationId = "getReserveCadreElection", summary = "Read one election of a cadre")
    @APIResponse(responseCode = "200", description = "The election",
            content = @Content(schema = @Schema(implementation = ElectionView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre or election in your scope")
    public ElectionView election(@PathParam("id") UUID id, @PathParam("electionId") UUID electionId) {
        return ElectionView.of(service.requireElection(id, electionId));
    }

    @PUT
    @Path("/{id}/double-excellent")
    @Operation(operationId = "setReserveCadreDoubleExcellent", summary = "Set the \"double-excellent\" preferential flags")
    @APIResponse(responseCode = "200", description = "Set", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "Not in the pool, or Party-admission priority for a member")
    @IfMatch(CadreLookup.class)
    public Response setDoubleExcellent(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.SetDoubleExcellent request) {
        return ok(service.setDoubleExcellent(id, ifMatch, request));
    }

    private Response ok(ReserveCadre c) {
        return Versions.ok(ReserveCadreView.of(c, caller.mayReadPersonalData()));
    }

    @Schema(name = "ReserveCadreElectionPage")
    public record ElectionPage(List<ElectionView> items, int page, int size, long totalItems) {}
}

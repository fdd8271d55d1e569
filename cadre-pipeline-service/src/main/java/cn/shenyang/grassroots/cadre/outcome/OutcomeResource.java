package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadreView;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reserve-cadres")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
public class OutcomeResource {
    @Inject
    OutcomeService service;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/party-admission-steps")
    @Operation(operationId = "recordReserveCadrePartyStep", summary = "Record the next dated step into the Party",
            description = "ACTIVIST, then PROBATIONARY, then MEMBER; dates never go backwards. Cadres in the pool only.")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "Not the next step, or the cadre is not in the pool")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response recordPartyStep(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.RecordPartyStep request) {
        return ok(service.recordPartyStep(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}/election")
    @Operation(operationId = "recordReserveCadreElection", summary = "Record election to a village committee")
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "The cadre is not in the pool")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response recordElection(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.RecordElection request) {
        return ok(service.recordElection(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}/double-excellent")
    @Operation(operationId = "setReserveCadreDoubleExcellent", summary = "Set the \"double-excellent\" preferential flags")
    @APIResponse(responseCode = "200", description = "Set", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ReserveCadreView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "Not in the pool, or Party-admission priority for a member")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response setDoubleExcellent(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OutcomeRequests.SetDoubleExcellent request) {
        return ok(service.setDoubleExcellent(id, ifMatch, request));
    }

    private Response ok(ReserveCadre c) {
        return Versions.ok(ReserveCadreView.of(c, caller.mayReadPersonalData()));
    }
}

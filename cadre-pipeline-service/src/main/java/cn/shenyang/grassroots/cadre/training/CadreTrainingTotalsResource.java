package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cadre's training totals, under the cadre's own path. */
@Path("/api/v1/reserve-cadres/{id}/training-totals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CadreTrainingTotalsResource {
    @Inject
    TrainingQueries queries;

    @GET
    @Operation(operationId = "getReserveCadreTrainingTotals", summary = "A cadre's training hours: overall, by kind and by year")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(schema = @Schema(implementation = TrainingView.CadreTotals.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public TrainingView.CadreTotals cadreTotals(@PathParam("id") UUID id) {
        return queries.cadreTotals(id);
    }

}

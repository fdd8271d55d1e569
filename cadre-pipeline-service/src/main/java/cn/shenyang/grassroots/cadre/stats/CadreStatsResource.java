package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reserve-cadre-stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadre statistics", description = "Funnel, pool and outcomes by subtree and year")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CadreStatsResource {
    @Inject
    CadreStatsQueries queries;

    @GET
    @Operation(operationId = "getReserveCadreStats", summary = "Reserve-cadre funnel and outcomes for a subtree and year",
            description = "Funnel per stage with conversion rates, pool size, by source and by township, Party admissions, "
                    + "elections, exits and mentoring compliance; exact for any subtree inside your scope.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = ReserveCadreStats.class)))
    public ReserveCadreStats stats(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (required)") @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (year == null || year < 1949 || year > 2200) {
            throw ProblemException.invalid("year", "is required, between 1949 and 2200");
        }
        return queries.stats(orgUnitId, year);
    }
}

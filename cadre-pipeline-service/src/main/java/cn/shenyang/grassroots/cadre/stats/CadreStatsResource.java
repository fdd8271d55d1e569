package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
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

    @Inject
    Today today;

    @GET
    @Operation(operationId = "getReserveCadreStats", summary = "Reserve-cadre funnel and outcomes for a subtree and year",
            description = "Funnel per stage with conversion rates, the pool on a day, by source, channel, township and "
                    + "village, Party admissions, elections, removals and mentoring compliance, counted by the days the "
                    + "steps happened; exact for any subtree inside your scope. Each figure's definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = ReserveCadreStats.class)))
    public ReserveCadreStats stats(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year; required unless asOf is given, then it defaults to asOf's year")
            @QueryParam("year") Integer year,
            @Parameter(description = "Take the pool and every figure as of this day (YYYY-MM-DD): not in the future, "
                    + "not before the year began; default the year's last day, or today while the year runs")
            @QueryParam("asOf") LocalDate asOf) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        int y = year != null ? year : asOf != null ? asOf.getYear() : 0;
        if (y < 1949 || y > 2200) {
            throw ProblemException.invalid("year", "is required (or asOf), between 1949 and 2200");
        }
        if (asOf != null && asOf.isAfter(today.date())) {
            throw ProblemException.invalid("asOf", "must not be in the future (today is " + today.date() + ")");
        }
        if (asOf != null && asOf.getYear() < y) {
            throw ProblemException.invalid("asOf", "must not be before the year " + y + " began");
        }
        return queries.stats(orgUnitId, y, asOf);
    }
}

package cn.shenyang.grassroots.volunteer.stats;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.time.YearPeriod;
import cn.shenyang.grassroots.volunteer.support.Today;
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

@Path("/api/v1/volunteer-stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteer statistics", description = "Volunteers, hours, star levels, teams, fairs, compounds and opinions of a subtree")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class VolunteerStatsResource {
    @Inject
    VolunteerStatsQueries queries;

    @Inject
    Today today;

    @GET
    @Operation(operationId = "getVolunteerStats", summary = "The three platforms' figures for a subtree and year",
            description = "Counted in the database over the subtree of orgUnitId (inside your scope), for the year or all "
                    + "time; every figure's exact definition is in its schema.")
    @APIResponse(responseCode = "200", description = "The statistics",
            content = @Content(schema = @Schema(implementation = VolunteerStats.class)))
    public VolunteerStats stats(
            @Parameter(description = "The subtree root (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year (1949 to this year); absent for all time",
                    schema = @Schema(minimum = "1949", maximum = "2200")) @QueryParam("year") Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return queries.stats(orgUnitId, year == null ? null : YearPeriod.of(year, today.date()).year());
    }
}

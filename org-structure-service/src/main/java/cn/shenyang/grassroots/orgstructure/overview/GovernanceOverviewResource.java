package cn.shenyang.grassroots.orgstructure.overview;

import cn.shenyang.grassroots.platform.http.SubtreeAndYear;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/governance-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance overview", description = "This service's parts of the suite's overview and profile, each in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class GovernanceOverviewResource {
    @Inject
    GovernanceOverviewService overviews;

    @GET
    @Operation(operationId = "getGovernanceOverview", summary = "The overview's org-structure figures of a subtree and year",
            description = "Units by level, the district's departments, pairings and their gaps, villages missing any of "
                    + "the four ones, whistle statistics and service sites: what the six endpoints named in the schema "
                    + "answer for the year, in one call (the gateway's overview asks this). Sections your role may not "
                    + "read are null and named in withheld.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = GovernanceOverview.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public GovernanceOverview overview(@BeanParam SubtreeAndYear asked) {
        return overviews.overview(asked.orgUnitId(), asked.year());
    }
}

package cn.shenyang.grassroots.orgstructure.overview;

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

@Path("/api/v1/governance-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Governance overview", description = "This service's parts of the suite's overview and profile, each in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class GovernanceProfileResource {
    @Inject
    GovernanceOverviewService sections;

    @GET
    @Path("/{orgUnitId}")
    @Operation(operationId = "getGovernanceProfile", summary = "The profile's org-structure sections of one unit",
            description = "The unit, its ancestors, and the first pages of its responsibility assignments, pairings and "
                    + "whistles: what the five operations named in the schema answer, in one call (the gateway's "
                    + "profile asks this). Sections your role may not read are null and named in withheld.")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(schema = @Schema(implementation = GovernanceProfile.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public GovernanceProfile profile(@PathParam("orgUnitId") UUID orgUnitId) {
        return sections.profile(orgUnitId);
    }
}

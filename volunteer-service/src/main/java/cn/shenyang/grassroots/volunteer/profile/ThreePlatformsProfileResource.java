package cn.shenyang.grassroots.volunteer.profile;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.compound.CompoundQueries;
import cn.shenyang.grassroots.volunteer.opinion.OpinionQueries;
import cn.shenyang.grassroots.volunteer.opinion.OpinionView;
import cn.shenyang.grassroots.volunteer.team.TeamQueries;
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

@Path("/api/v1/three-platforms-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Three platforms profile", description = "This service's part of the suite's profile of one unit in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ThreePlatformsProfileResource {
    @Inject
    TeamQueries teams;
    @Inject
    CompoundQueries compounds;
    @Inject
    OpinionQueries opinions;
    @Inject
    Caller caller;
    @Inject
    OrgUnits orgUnits;

    @GET
    @Path("/{orgUnitId}")
    @Operation(operationId = "getThreePlatformsProfile", summary = "The profile's volunteer, red-property and representatives sections",
            description = "The first pages of the unit's volunteer teams, residential compounds and opinions: what the "
                    + "three operations named in the schema answer for orgUnitId, in one call (the gateway's profile asks this).")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(schema = @Schema(implementation = ThreePlatformsProfile.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public ThreePlatformsProfile profile(@PathParam("orgUnitId") UUID orgUnitId) {
        orgUnits.require(orgUnitId);
        PageRequest first = PageRequest.first();
        boolean personal = caller.mayReadPersonalData();
        return new ThreePlatformsProfile(teams.list(orgUnitId, null, null, null, null, first),
                compounds.list(orgUnitId, null, null, null, null, first),
                opinions.list(new OpinionQueries.Filter(orgUnitId, null, null, null, null, null, null, null), first)
                        .map(o -> OpinionView.of(o, personal)));
    }
}

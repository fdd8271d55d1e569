package cn.shenyang.grassroots.rural.overview;

import cn.shenyang.grassroots.platform.http.SubtreeAndYear;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Today;
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

@Path("/api/v1/rural-industry-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rural industry overview", description = "This service's part of the suite's overview in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class RuralIndustryOverviewResource {
    @Inject
    RuralIndustryOverviewService overviews;
    @Inject
    Today today;

    @GET
    @Operation(operationId = "getRuralIndustryOverview", summary = "The overview's rural-industry figures of a subtree and year",
            description = "Collective incomes against 50,000 and 1,000,000 yuan, demonstration villages' incomes against "
                    + "200,000, demonstration ratings, rectifications, cooperatives and party-member posts: what the six "
                    + "endpoints named in the schema answer, in one call (the gateway's overview asks this).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = RuralIndustryOverview.class)))
    public RuralIndustryOverview overview(@BeanParam SubtreeAndYear asked) {
        return overviews.overview(asked.orgUnitId(), today.pastYear(asked.year()));
    }
}

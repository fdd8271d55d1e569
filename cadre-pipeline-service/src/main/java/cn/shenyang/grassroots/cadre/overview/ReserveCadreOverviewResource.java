package cn.shenyang.grassroots.cadre.overview;

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

@Path("/api/v1/reserve-cadre-overview")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadre overview", description = "This service's part of the suite's overview in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ReserveCadreOverviewResource {
    @Inject
    ReserveCadreOverviewService overviews;

    @GET
    @Operation(operationId = "getReserveCadreOverview", summary = "The overview's cadre-pipeline figures of a subtree and year",
            description = "The reserve-cadre totals, the villages without a pool member, the cadre postings and the duty "
                    + "deployments: what the four endpoints named in the schema answer for the year, in one call (the "
                    + "gateway's overview asks this).")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = ReserveCadreOverview.class)))
    public ReserveCadreOverview overview(@BeanParam SubtreeAndYear asked) {
        return overviews.overview(asked.orgUnitId(), asked.year());
    }
}

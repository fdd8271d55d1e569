package cn.shenyang.grassroots.rural.profile;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.cooperative.CooperativeQueries;
import cn.shenyang.grassroots.rural.cooperative.CooperativeView;
import cn.shenyang.grassroots.rural.income.CollectiveIncomeQueries;
import cn.shenyang.grassroots.rural.industry.VillageIndustryQueries;
import cn.shenyang.grassroots.rural.industry.VillageIndustryView;
import cn.shenyang.grassroots.rural.rectification.RectificationQueries;
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

@Path("/api/v1/rural-industry-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rural industry profile", description = "This service's part of the suite's profile of one unit in one call")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class RuralIndustryProfileResource {
    @Inject
    CollectiveIncomeQueries incomes;
    @Inject
    VillageIndustryQueries industries;
    @Inject
    CooperativeQueries cooperatives;
    @Inject
    RectificationQueries rectifications;
    @Inject
    Caller caller;
    @Inject
    OrgUnits orgUnits;

    @GET
    @Path("/{orgUnitId}")
    @Operation(operationId = "getRuralIndustryProfile", summary = "The profile's rural-industry sections of one unit",
            description = "The first pages of the unit's collective incomes, village industries, cooperatives and "
                    + "rectifications: what the four operations named in the schema answer for orgUnitId, in one call "
                    + "(the gateway's profile asks this).")
    @APIResponse(responseCode = "200", description = "The sections",
            content = @Content(schema = @Schema(implementation = RuralIndustryProfile.class)))
    @APIResponse(responseCode = "404", description = "No such unit in your scope")
    public RuralIndustryProfile profile(@PathParam("orgUnitId") UUID orgUnitId) {
        orgUnits.require(orgUnitId);
        PageRequest first = PageRequest.first();
        boolean personal = caller.mayReadPersonalData();
        return new RuralIndustryProfile(
                incomes.list(new CollectiveIncomeQueries.Filter(orgUnitId, null, null, null), first),
                industries.list(new VillageIndustryQueries.Filter(orgUnitId, null, null, null, null, null), first)
                        .map(VillageIndustryView::of),
                cooperatives.list(new CooperativeQueries.Filter(orgUnitId, null, null, null, null, null), first)
                        .map(c -> CooperativeView.of(c, personal)),
                rectifications.list(new RectificationQueries.Filter(orgUnitId, null, null, null), first));
    }
}

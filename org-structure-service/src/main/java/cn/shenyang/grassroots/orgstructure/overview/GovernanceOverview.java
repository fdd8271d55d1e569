package cn.shenyang.grassroots.orgstructure.overview;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStats;
import cn.shenyang.grassroots.orgstructure.pairing.PairingCounts;
import cn.shenyang.grassroots.orgstructure.servicesite.ServiceSiteRequests;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStats;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernanceOverview", description = "The org-structure figures of the suite's overview for a subtree and year "
        + "in one answer, over the period from 1 January to the year's last day (or today while the year runs). Each "
        + "section is exactly what its own endpoint answers for the same subtree and period, with the same definitions "
        + "(in each section's schema); nothing is added. A section whose own endpoint your role may not read is null "
        + "and named in withheld.")
public record GovernanceOverview(
        @Schema(required = true, description = "The subtree root") UUID orgUnitId,
        @Schema(required = true, description = "The year") int year,
        @Schema(required = true, description = "1 January of the year") LocalDate periodStart,
        @Schema(required = true, description = "The year's last day, or today while the year runs") LocalDate periodEnd,
        @Schema(description = "getOrgUnitStats: active descendants by level, now") OrgUnitStats units,
        @Schema(description = "Departments whose district is the unit itself (the totalItems of listDepartments with "
                + "districtId = orgUnitId)") Long departments,
        @Schema(description = "countPairings on periodEnd") PairingCounts pairings,
        @Schema(description = "Active villages of the subtree missing any of the four ones (CITY_LEADER_LINK, "
                + "TOWNSHIP_LEADER_COVER, FIRST_SECRETARY, PAIRED_AGENCY) on periodEnd: the totalItems of "
                + "listResponsibilityCoverageGaps with level=VILLAGE") Long villagesMissingAnyOfFourOnes,
        @Schema(description = "getWhistleStats over the period") WhistleStats whistles,
        @Schema(description = "getServiceSiteCounts, now") ServiceSiteRequests.Counts serviceSites,
        @Schema(required = true, description = "The sections left null because your role may not read them: units, "
                + "departments, pairings, villagesMissingAnyOfFourOnes, whistles, serviceSites") List<String> withheld) {}

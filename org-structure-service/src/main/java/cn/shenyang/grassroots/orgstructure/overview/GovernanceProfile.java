package cn.shenyang.grassroots.orgstructure.overview;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitView;
import cn.shenyang.grassroots.orgstructure.pairing.PairingResource;
import cn.shenyang.grassroots.orgstructure.pairing.PairingView;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityRequests;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityResource;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleResource;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleView;
import cn.shenyang.grassroots.platform.paging.Page;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GovernanceProfile", description = "The org-structure sections of the suite's profile of one unit in one "
        + "answer. Each section is exactly what its own operation answers for the unit with its default filters and "
        + "order and a page of 20; nothing is added. A section whose own operation your role may not read is null and "
        + "named in withheld.")
public record GovernanceProfile(
        @Schema(required = true, description = "getOrgUnit") OrgUnitView orgUnit,
        @Schema(required = true, maxItems = 10, description = "listOrgUnitAncestors, root first") List<OrgUnitView> ancestors,
        @Schema(implementation = ResponsibilityResource.AssignmentPage.class,
                description = "listResponsibilityAssignments with orgUnitId (the subtree)")
        Page<ResponsibilityRequests.View> responsibilityAssignments,
        @Schema(implementation = PairingResource.PairingPage.class, description = "listPairings with communityId")
        Page<PairingView> pairings,
        @Schema(implementation = WhistleResource.WhistlePage.class, description = "listWhistles with orgUnitId (the subtree)")
        Page<WhistleView> whistles,
        @Schema(required = true, maxItems = 5, description = "The sections left out for your role")
        List<String> withheld) {}

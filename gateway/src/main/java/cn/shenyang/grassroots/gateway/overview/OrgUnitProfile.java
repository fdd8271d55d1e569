package cn.shenyang.grassroots.gateway.overview;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One community or village across the four services. Each list is the first page of the owning
 * service's own list operation, its items exactly as that operation answers them (their schema is
 * the one named in the description), so nothing is re-shaped here.
 */
@Schema(name = "OrgUnitProfile", description = "One community or village across all services, each part read live from "
        + "the service that owns it with the caller's token (so each applies its own scope). A part is null when its "
        + "service could not give it; missing then says which and why.")
public record OrgUnitProfile(
        @Schema(required = true) UUID orgUnitId,
        @Schema(description = "The unit as org-structure's getOrgUnit answers it (schema OrgUnit): name, level, division "
                + "code, party organisation and its secretary") Map<String, Object> orgUnit,
        @Schema(maxItems = 10, description = "Its ancestors from the root, as getOrgUnitAncestors answers them (schema "
                + "OrgUnit)") List<Map<String, Object>> ancestors,
        @Schema(description = "org-structure listResponsibilityAssignments for the unit's subtree (包保, four-ones)")
        ProfileList responsibilityAssignments,
        @Schema(description = "org-structure listPairings of the community (departments paired with it)") ProfileList pairings,
        @Schema(description = "org-structure listWhistles of the subtree, most recent first") ProfileList whistles,
        @Schema(description = "volunteer listVolunteerTeams of the subtree") ProfileList volunteerTeams,
        @Schema(description = "volunteer listResidentialCompounds of the subtree, with their grades")
        ProfileList residentialCompounds,
        @Schema(description = "volunteer listOpinions of the subtree's studios") ProfileList opinions,
        @Schema(description = "cadre-pipeline listReserveCadres of the subtree") ProfileList reserveCadres,
        @Schema(description = "rural-industry listCollectiveIncomes of the subtree (its income history)")
        ProfileList collectiveIncomes,
        @Schema(description = "rural-industry listVillageIndustries of the subtree (the leading one is marked leading)")
        ProfileList villageIndustries,
        @Schema(description = "rural-industry listCooperatives of the subtree") ProfileList cooperatives,
        @Schema(description = "rural-industry listRectifications of the subtree (weak-and-lax cases)") ProfileList rectifications,
        @Schema(required = true, maxItems = 20, description = "The parts that are null, with the reason") List<Missing> missing) {

    @Schema(name = "ProfileList", description = "The first page of a service's list: items as that list operation "
            + "answers them, and how many there are in all")
    public record ProfileList(
            @Schema(required = true, description = "How many the service has in all (its totalItems)") long totalItems,
            @Schema(required = true, maxItems = 200, description = "The first items, in the service's default order")
            List<Map<String, Object>> items) {}
}

package cn.shenyang.grassroots.orgstructure.pairing;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PairingCounts", description = "Department–community pairings of the active communities (level "
        + "COMMUNITY, status ACTIVE) under orgUnitId (inclusive) on a day: a pairing counts when validFrom <= on and "
        + "validTo is absent or >= on. Exact, counted in the database.")
public record PairingCounts(
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true, description = "The day counted: on, default today") LocalDate on,
        @Schema(required = true, description = "Active communities in the subtree") long communities,
        @Schema(required = true, description = "Of those, paired with at least one department on the day (the "
                + "article: 56 communities)") long pairedCommunities,
        @Schema(required = true, description = "Of those, paired with no department on the day: communities - "
                + "pairedCommunities, the count of listPairingCoverageGaps") long communitiesWithoutPairing,
        @Schema(required = true, description = "Distinct departments paired with at least one of those communities on the "
                + "day (the article: 67 departments)") long pairedDepartments,
        @Schema(required = true, description = "Pairings of those communities active on the day") long activePairings) {}

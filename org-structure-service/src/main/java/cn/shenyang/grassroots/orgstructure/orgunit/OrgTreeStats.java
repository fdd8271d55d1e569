package cn.shenyang.grassroots.orgstructure.orgunit;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgTreeStats", description = "Active units in the caller's visible tree, as of the request: the whole"
        + " tree for a caller without an org scope (every root and everything below), else the scope's root unit and"
        + " everything below it; units whose status is ACTIVE. Exact: counted with every change in the same transaction.")
public record OrgTreeStats(
        @Schema(description = "Number of active units") long totalUnits,
        @Schema(description = "Active units by level; levels with none are omitted. The values add up to totalUnits")
        Map<Level, Long> unitsByLevel,
        @Schema(description = "Active units by tier of the official division codes: the sums of unitsByLevel over each"
                + " tier's levels; tiers with none are omitted") Map<Level.Tier, Long> unitsByTier) {}

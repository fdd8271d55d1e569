package cn.shenyang.grassroots.orgstructure.orgunit;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitStats", description = "Active descendants of a unit (not counting the unit itself), as of the"
        + " request: units whose status is ACTIVE and whose path lies below the unit's. Exact: counted with every"
        + " change in the same transaction.")
public record OrgUnitStats(
        UUID orgUnitId,
        String name,
        Level level,
        @Schema(description = "Number of active descendants at any depth") long totalDescendants,
        @Schema(description = "Active descendants by level; levels with none are omitted. The values add up to"
                + " totalDescendants") Map<Level, Long> descendantsByLevel,
        @Schema(description = "Active descendants by tier of the official division codes (PREFECTURE, COUNTY,"
                + " TOWNSHIP, VILLAGE): the sums of descendantsByLevel over each tier's levels; tiers with none are"
                + " omitted") Map<Level.Tier, Long> descendantsByTier) {}

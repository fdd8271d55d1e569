package cn.shenyang.grassroots.orgstructure.orgunit;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitStats", description = "Active descendants of a unit (not counting the unit itself)")
public record OrgUnitStats(
        UUID orgUnitId,
        String name,
        Level level,
        long totalDescendants,
        @Schema(description = "Active descendants by level; levels with none are omitted") Map<Level, Long> descendantsByLevel) {}

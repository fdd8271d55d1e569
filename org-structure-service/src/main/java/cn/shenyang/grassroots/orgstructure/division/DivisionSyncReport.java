package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DivisionSyncReport", description = "What a synchronisation with the official division data changed,"
        + " or, for a dry run, would change")
public record DivisionSyncReport(
        @Schema(description = "True when nothing was stored") boolean dryRun,
        @Schema(description = "The division code whose subtree was synchronised (with its ancestors); null for"
                + " everything the files hold") String scope,
        @Schema(description = "Rows read from all files") int rowsRead,
        @Schema(description = "Rows inside the scope: the scope's unit, its descendants and its ancestors") int rowsInScope,
        @Schema(description = "Number of changes of each kind; a unit renamed and moved counts once under each")
        Map<DivisionPlan.Kind, Integer> counts,
        @Schema(description = "Units created, by level") Map<Level, Integer> createdByLevel,
        @Schema(description = "The changes, at most " + DivisionSyncService.LISTED_PER_KIND + " of each kind, in"
                + " the order they are applied") List<Item> changes,
        @Schema(description = "Feed cursor of the first change this synchronisation produced; null for a dry run or"
                + " when nothing changed") Long firstCursor,
        @Schema(description = "Feed cursor of the last change it produced") Long lastCursor) {

    @Schema(name = "DivisionSyncChange")
    public record Item(
            DivisionPlan.Kind kind,
            String divisionCode,
            @Schema(description = "The official name (for DISSOLVED: the name as stored)") String name,
            Level level,
            @Schema(description = "The stored unit; null for one being created") UUID orgUnitId,
            @Schema(description = "RENAMED: the name before") String previousName,
            @Schema(description = "RECLASSIFIED: the level before") Level previousLevel,
            @Schema(description = "MOVED: the parent's code before (null: a parent without a code)")
            String previousParentCode,
            @Schema(description = "The parent's code in the files") String parentCode) {}
}

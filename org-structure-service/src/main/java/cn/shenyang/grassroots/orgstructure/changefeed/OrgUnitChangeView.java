package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitChange", description = "One create, update, move or dissolve of an org unit")
public record OrgUnitChangeView(
        @Schema(description = "Position in the feed; pass the last one you processed as ?after=") long cursor,
        UUID orgUnitId,
        ChangeType changeType,
        String name,
        Level level,
        UUID parentId,
        String path,
        @Schema(description = "For MOVED: the path before the move; every descendant moved with it") String previousPath,
        String divisionCode,
        OrgUnitStatus status,
        long version,
        OffsetDateTime changedAt,
        String changedBy) {

    @Schema(name = "OrgUnitChangePage")
    public record Batch(List<OrgUnitChangeView> items,
            @Schema(description = "Pass as ?after= to read on; equals the request's after when nothing is new")
            long nextCursor) {}
}

package cn.shenyang.grassroots.platform.orgreplica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** One entry of org-structure's change feed, as a consumer reads it (fields it does not need are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrgUnitChange(long cursor, UUID orgUnitId, String changeType, String name, String level,
        UUID parentId, String path, String previousPath, String status, long version) {

    public static final String MOVED = "MOVED";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(List<OrgUnitChange> items, long nextCursor) {}
}

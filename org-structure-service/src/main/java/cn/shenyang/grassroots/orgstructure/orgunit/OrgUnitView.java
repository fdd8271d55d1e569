package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.http.Versioned;
import io.vertx.sqlclient.Row;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An org unit as callers see it. */
@Schema(name = "OrgUnit")
public record OrgUnitView(
        UUID id,
        String name,
        Level level,
        UUID parentId,
        @Schema(description = "Materialised path of node numbers from the root, e.g. 1.17.402") String path,
        int depth,
        String divisionCode,
        OrgUnitRequests.PartyOrganization partyOrganization,
        OrgUnitStatus status,
        String dissolvedReason,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    /**
     * The columns {@link #of(Row)} reads, in its order, for queries that select views directly.
     * The path's text has its own name, so that "order by path" still means the ltree (and its index).
     */
    static final String COLUMNS = """
            id, name, level, parent_id, path::text as path_text, division_code, party_org_kind, party_org_name, party_secretary_name,
            status, dissolved_reason, version, created_at, created_by, updated_at, updated_by""";
    /** How many columns {@link #COLUMNS} names: a query's next column comes after them. */
    static final int COLUMN_COUNT = 16;

    /** A row of {@link #COLUMNS}, read on the event loop. */
    static OrgUnitView of(Row r) {
        String kind = r.getString(6);
        String path = r.getString(4);
        return new OrgUnitView(r.getUUID(0), r.getString(1), Level.valueOf(r.getString(2)),
                r.getUUID(3), path, OrgUnit.depth(path), r.getString(5),
                kind == null ? null : new OrgUnitRequests.PartyOrganization(PartyOrganizationKind.valueOf(kind),
                        r.getString(7), r.getString(8)),
                OrgUnitStatus.valueOf(r.getString(9)), r.getString(10), r.getLong(11),
                Timestamps.utc(r.getOffsetDateTime(12)), r.getString(13),
                Timestamps.utc(r.getOffsetDateTime(14)), r.getString(15));
    }

    public static OrgUnitView of(OrgUnit u) {
        OrgUnitRequests.PartyOrganization party = u.partyOrgKind == null ? null
                : new OrgUnitRequests.PartyOrganization(u.partyOrgKind, u.partyOrgName, u.partySecretaryName);
        return new OrgUnitView(u.id, u.name, u.level, u.parentId, u.path, u.depth(), u.divisionCode, party,
                u.status, u.dissolvedReason, u.version, u.createdAt, u.createdBy, u.updatedAt, u.updatedBy);
    }
}

package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.http.Versioned;
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
     * The columns {@link #of(Object[])} reads, in its order, for queries that select views directly.
     * The path's text has its own name, so that "order by path" still means the ltree (and its index).
     */
    static final String COLUMNS = """
            id, name, level, parent_id, path::text as path_text, division_code, party_org_kind, party_org_name, party_secretary_name,
            status, dissolved_reason, version, created_at, created_by, updated_at, updated_by""";
    /** How many columns {@link #COLUMNS} names: a query's next column comes at this index. */
    static final int COLUMN_COUNT = 16;

    /** A row of {@link #COLUMNS}, as a native query answers it. */
    static OrgUnitView of(Object[] r) {
        PartyOrganizationKind kind = r[6] == null ? null : PartyOrganizationKind.valueOf((String) r[6]);
        String path = (String) r[4];
        return new OrgUnitView((UUID) r[0], (String) r[1], Level.valueOf((String) r[2]), (UUID) r[3], path,
                OrgUnit.depth(path), (String) r[5],
                kind == null ? null : new OrgUnitRequests.PartyOrganization(kind, (String) r[7], (String) r[8]),
                OrgUnitStatus.valueOf((String) r[9]), (String) r[10], ((Number) r[11]).longValue(),
                Timestamps.utc(r[12]), (String) r[13], Timestamps.utc(r[14]), (String) r[15]);
    }

    public static OrgUnitView of(OrgUnit u) {
        OrgUnitRequests.PartyOrganization party = u.partyOrgKind == null ? null
                : new OrgUnitRequests.PartyOrganization(u.partyOrgKind, u.partyOrgName, u.partySecretaryName);
        return new OrgUnitView(u.id, u.name, u.level, u.parentId, u.path, u.depth(), u.divisionCode, party,
                u.status, u.dissolvedReason, u.version, u.createdAt, u.createdBy, u.updatedAt, u.updatedBy);
    }
}

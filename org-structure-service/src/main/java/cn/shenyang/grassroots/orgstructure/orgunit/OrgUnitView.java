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

    public static OrgUnitView of(OrgUnit u) {
        OrgUnitRequests.PartyOrganization party = u.partyOrgKind == null ? null
                : new OrgUnitRequests.PartyOrganization(u.partyOrgKind, u.partyOrgName, u.partySecretaryName);
        return new OrgUnitView(u.id, u.name, u.level, u.parentId, u.path, u.depth(), u.divisionCode, party,
                u.status, u.dissolvedReason, u.version, u.createdAt, u.createdBy, u.updatedAt, u.updatedBy);
    }
}

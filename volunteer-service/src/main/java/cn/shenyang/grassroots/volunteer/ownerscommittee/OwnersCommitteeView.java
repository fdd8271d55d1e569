package cn.shenyang.grassroots.volunteer.ownerscommittee;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OwnersCommittee")
public record OwnersCommitteeView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID compoundId,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 100) String chairName,
        @Schema(required = true) LocalDate termStartsOn,
        @Schema(required = true) LocalDate termEndsOn,
        @Schema(required = true) int memberCount,
        @Schema(required = true) int partyMemberCount,
        @Schema(required = true) boolean hasPartyOrganization,
        @Schema(required = true, description = "True when it has a party organisation or party members") boolean partyPresence,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static OwnersCommitteeView of(OwnersCommittee c) {
        return new OwnersCommitteeView(c.id, c.compoundId, c.name, c.chairName, c.termStartsOn, c.termEndsOn, c.memberCount,
                c.partyMemberCount, c.hasPartyOrganization, c.hasPartyOrganization || c.partyMemberCount > 0, c.version,
                c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}

package cn.shenyang.grassroots.volunteer.propertycompany;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PropertyCompany")
public record PropertyCompanyView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true, maxLength = 18) String creditCode,
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true) boolean hasPartyOrganization,
        String partyOrganizationName,
        @Schema(required = true) int partyMemberCount,
        @Schema(required = true, description = "True when it has a party organisation or party members") boolean partyPresence,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static PropertyCompanyView of(PropertyCompany c) {
        return new PropertyCompanyView(c.id, c.name, c.creditCode, c.orgUnitId, c.hasPartyOrganization,
                c.partyOrganizationName, c.partyMemberCount, c.hasPartyOrganization || c.partyMemberCount > 0, c.version,
                c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }
}

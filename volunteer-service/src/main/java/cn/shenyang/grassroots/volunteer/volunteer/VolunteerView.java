package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A volunteer as callers see it; phone and ID number are masked unless the caller may read personal data. */
@Schema(name = "Volunteer")
public record VolunteerView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true) Gender gender,
        @Schema(required = true) LocalDate birthDate,
        @Schema(required = true, maxLength = 11, description = "Masked (138****5678) unless your role may read personal data")
        String phone,
        @Schema(required = true, maxLength = 18, description = "Masked (210111********123X) unless your role may read personal data")
        String idNumber,
        @Schema(required = true) UUID homeCommunityId,
        @Schema(required = true) boolean partyMember,
        @Schema(required = true, maxItems = 16) List<Skill> skills,
        @Schema(required = true) VolunteerStatus status,
        @Schema(required = true) LocalDate registeredOn,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static VolunteerView of(Volunteer v, boolean personalData) {
        return new VolunteerView(v.id, v.name, v.gender, v.birthDate,
                personalData ? v.phone : Masking.phone(v.phone),
                personalData ? v.idNumber : Masking.idNumber(v.idNumber),
                v.homeCommunityId, v.partyMember, v.skillList(), v.status, v.registeredOn,
                v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
    }
}

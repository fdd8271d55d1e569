package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Representative")
public record RepresentativeView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 100) String name,
        @Schema(required = true) RepresentativeBody body,
        @Schema(required = true) CongressLevel congressLevel,
        @Schema(required = true) UUID orgUnitId,
        UUID studioId,
        @Schema(maxLength = 11, description = "Masked (138****5678) unless your role may read personal data") String phone,
        String occupation,
        @Schema(required = true) LocalDate termStartsOn,
        LocalDate termEndsOn,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static RepresentativeView of(Representative r, boolean personalData) {
        return new RepresentativeView(r.id, r.name, r.body, r.congressLevel, r.orgUnitId, r.studioId,
                personalData ? r.phone : Masking.phone(r.phone), r.occupation, r.termStartsOn, r.termEndsOn, r.version,
                r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
    }
}

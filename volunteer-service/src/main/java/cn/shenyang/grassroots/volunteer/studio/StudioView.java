package cn.shenyang.grassroots.volunteer.studio;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RepresentativeStudio")
public record StudioView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true, maxLength = 300) String address,
        @Schema(required = true) LocalDate openedOn,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static StudioView of(RepresentativeStudio s) {
        return new StudioView(s.id, s.name, s.orgUnitId, s.address, s.openedOn, s.version, s.createdAt, s.createdBy,
                s.updatedAt, s.updatedBy);
    }

    @Schema(name = "StudioOpenDay")
    public record OpenDayView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID studioId,
            @Schema(required = true) LocalDate heldOn,
            @Schema(required = true, maxLength = 200) String theme,
            @Schema(required = true, maxItems = 50) List<UUID> representativeIds,
            @Schema(required = true) int visitors,
            String notes,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {
        public static OpenDayView of(OpenDay d, List<UUID> representatives) {
            return new OpenDayView(d.id, d.studioId, d.heldOn, d.theme, representatives, d.visitors, d.notes, d.recordedBy,
                    d.recordedAt);
        }
    }
}

package cn.shenyang.grassroots.orgstructure.responsibility;

import cn.shenyang.grassroots.platform.http.Versioned;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ResponsibilityRequests {
    private ResponsibilityRequests() {}

    @Schema(description = "Who is responsible: personName (with personPost) for leader and first-secretary kinds, "
            + "departmentId for DEPARTMENT, agencyName for PAIRED_AGENCY; the others stay empty")
    public record SaveResponsibilityAssignment(
            @NotNull @Schema(description = "A sub-district, township, community or village") UUID orgUnitId,
            @NotNull ResponsibilityKind kind,
            @Size(max = 100) String personName,
            @Size(max = 200) String personPost,
            UUID departmentId,
            @Size(max = 200) String agencyName,
            @NotNull LocalDate validFrom,
            @Schema(description = "Last day (inclusive); absent while it lasts") LocalDate validTo) {}

    @Schema(name = "ResponsibilityAssignment")
    public record View(UUID id, UUID orgUnitId, ResponsibilityKind kind, String personName, String personPost,
            UUID departmentId, String agencyName, LocalDate validFrom, LocalDate validTo, long version,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {

        static View of(ResponsibilityAssignment a) {
            return new View(a.id, a.orgUnitId, a.kind, a.personName, a.personPost, a.departmentId, a.agencyName,
                    a.validFrom, a.validTo, a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
        }
    }

    @Schema(name = "ResponsibilityCoverageGap", description = "A unit missing at least one of the asked kinds on the day")
    public record CoverageGap(UUID id, String name, String level, List<ResponsibilityKind> missingKinds) {}
}

package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.platform.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class AssessmentRequests {
    private AssessmentRequests() {}

    @Schema(name = "AssessmentIndicator")
    public record Indicator(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z0-9_]+", message = "must be UPPER_SNAKE") String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight,
            @Schema(description = "The party-building indicator: a score below passMark fails the whole assessment")
            boolean partyBuilding,
            @DecimalMin("0") @DecimalMax("100") BigDecimal passMark) {}

    @Schema(name = "AssessmentIndicatorSet")
    public record IndicatorSet(
            @NotNull @Min(2000) @Max(2200) Integer year,
            @NotEmpty @Size(max = 30) @Schema(description = "Weights add up to 100; exactly one is the party-building one")
            List<@Valid @NotNull Indicator> indicators) {}

    public record SaveAssessment(
            @NotNull @Schema(description = "The unit whose secretary is assessed") UUID orgUnitId,
            @NotNull @Min(2000) @Max(2200) Integer year,
            @NotBlank @Size(max = 100) String secretaryName,
            @Schema(description = "Default today; never in the future") LocalDate assessedOn,
            @NotEmpty @Schema(description = "Score (0–100) per indicator code of the year; every indicator needs one")
            Map<@NotBlank String, @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal> scores) {}

    @Schema(name = "Assessment")
    public record View(UUID id, UUID orgUnitId, int year, String secretaryName, LocalDate assessedOn,
            Map<String, BigDecimal> scores,
            @Schema(description = "Σ weight × score / 100, rounded half-up to 2 places") BigDecimal total,
            @Schema(description = "The party-building score is below its pass mark: the assessment fails whatever the total")
            boolean vetoed,
            @Schema(description = "FAIL when vetoed; else EXCELLENT from 90, GOOD from 80, PASS from 60, FAIL below") Grade grade,
            long version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy)
            implements Versioned {

        static View of(Assessment a) {
            return new View(a.id, a.orgUnitId, a.year, a.secretaryName, a.assessedOn, a.scores, a.total, a.vetoed, a.grade,
                    a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
        }
    }

    @Schema(name = "AssessmentRank", description = "Position in the ranking: vetoed assessments after all others, "
            + "then total descending, then unit name")
    public record Rank(int rank, UUID assessmentId, UUID orgUnitId, String orgUnitName, String secretaryName,
            BigDecimal total, boolean vetoed, Grade grade) {}
}

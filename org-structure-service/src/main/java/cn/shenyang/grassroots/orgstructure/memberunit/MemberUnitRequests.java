package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.platform.http.Versioned;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class MemberUnitRequests {
    private MemberUnitRequests() {}

    public record SaveMemberUnit(
            @NotBlank @Size(max = 200) String name,
            @NotNull MemberUnitKind kind,
            @NotNull @Schema(description = "The sub-district (or township) whose working committee it sits on") UUID subdistrictId,
            @Size(max = 100) String headName,
            @NotNull LocalDate joinedOn,
            @Schema(description = "Default ACTIVE") MemberUnitStatus status) {}

    @Schema(name = "MemberUnit")
    public record View(UUID id, String name, MemberUnitKind kind, UUID subdistrictId, String headName, LocalDate joinedOn,
            MemberUnitStatus status, long version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
            String updatedBy) implements Versioned {

        static View of(MemberUnit u) {
            return new View(u.id, u.name, u.kind, u.subdistrictId, u.headName, u.joinedOn, u.status, u.version,
                    u.createdAt, u.createdBy, u.updatedAt, u.updatedBy);
        }
    }

    @Schema(name = "DutyReportCommitment")
    public record Commitment(@NotBlank @Size(max = 500) String content, @NotNull Boolean completed,
            @Size(max = 500) String note) {}

    public record SaveDutyReport(
            @NotNull @Min(2000) @Max(2200) Integer year,
            @NotNull @Schema(description = "The day the head reported to the committee; never in the future") LocalDate reportedOn,
            @NotBlank @Size(max = 4000) String summary,
            @NotNull @Size(max = 50) List<@Valid @NotNull Commitment> commitments) {}

    @Schema(name = "DutyReport")
    public record DutyReportView(UUID id, UUID memberUnitId, int year, LocalDate reportedOn, String summary,
            List<Commitment> commitments,
            @Schema(description = "Commitments marked completed / all commitments, half-up to 4 places; null without commitments")
            BigDecimal completionRate, String recordedBy, OffsetDateTime recordedAt) {}

    @Schema(name = "EvaluationTally")
    public record Tally(@NotNull @Min(0) Integer excellent, @NotNull @Min(0) Integer competent,
            @NotNull @Min(0) Integer basic, @NotNull @Min(0) Integer incompetent) {}

    public record SaveEvaluation(
            @NotNull @Min(2000) @Max(2200) Integer year,
            @NotNull @Schema(description = "COMMITTEE_RATES_UNIT (the committee's vote on the unit) or UNIT_RATES_COMMITTEE")
            Evaluation.Direction direction,
            @NotNull @Schema(description = "Never in the future") LocalDate votedOn,
            @NotNull @Valid Tally tally) {}

    @Schema(name = "MemberUnitEvaluation")
    public record EvaluationView(UUID id, UUID memberUnitId, int year, Evaluation.Direction direction, LocalDate votedOn,
            Tally tally, @Schema(description = "The grade with the most votes; a tie goes to the lower grade") Evaluation result,
            String recordedBy, OffsetDateTime recordedAt) {

        static EvaluationView of(MemberUnitEvaluation e) {
            return new EvaluationView(e.id, e.memberUnitId, e.year, e.direction, e.votedOn,
                    new Tally(e.excellent, e.competent, e.basic, e.incompetent), e.result, e.recordedBy, e.recordedAt);
        }
    }
}

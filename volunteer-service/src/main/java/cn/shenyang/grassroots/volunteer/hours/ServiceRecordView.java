package cn.shenyang.grassroots.volunteer.hours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceRecord", description = "A row of the service-hour ledger; never changed once recorded")
public record ServiceRecordView(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID volunteerId,
        @Schema(required = true) ServiceRecordKind kind,
        @Schema(description = "The record a REVERSAL or AMENDMENT corrects") UUID correctsId,
        @Schema(description = "The reversal that took this record back, if any; then it no longer counts") UUID reversedBy,
        @Schema(required = true, description = "True for an ORIGINAL or AMENDMENT not reversed") boolean effective,
        UUID activityId,
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true) OffsetDateTime startedAt,
        @Schema(required = true) OffsetDateTime endedAt,
        @Schema(required = true, description = "The local day the service began: the day these hours count on") LocalDate servedOn,
        @Schema(required = true, description = "Hours, steps of 0.5; negative for a REVERSAL") BigDecimal hours,
        String description,
        @Schema(description = "Why a correction was made") String reason,
        @Schema(required = true, description = "Who entered the row") String recordedBy,
        @Schema(required = true, description = "When it was entered, apart from when the service happened") OffsetDateTime recordedAt) {

    public static ServiceRecordView of(ServiceRecord r, UUID reversedBy) {
        return new ServiceRecordView(r.id, r.volunteerId, r.kind, r.correctsId, reversedBy,
                r.kind != ServiceRecordKind.REVERSAL && reversedBy == null, r.activityId, r.orgUnitId, r.startedAt,
                r.endedAt, r.servedOn, r.hours, r.description, r.reason, r.recordedBy, r.recordedAt);
    }

    @Schema(name = "ServiceRecordCorrection", description = "The rows a correction added")
    public record Correction(
            @Schema(required = true) ServiceRecordView reversal,
            @Schema(description = "The corrected record, for AMEND") ServiceRecordView amendment) {}

    @Schema(name = "VolunteerServiceSummary", description = "A volunteer's cumulative service hours and star level, from "
            + "the ledger (reversals subtract, amendments count)")
    public record Summary(
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true, description = "Sum of every ledger row of the volunteer") BigDecimal totalHours,
            @Schema(required = true, description = "0 to 5: 1★ from 100 h, 2★ 300 h, 3★ 600 h, 4★ 1,000 h, 5★ 1,500 h, "
                    + "each threshold inclusive", minimum = "0", maximum = "5") int starLevel,
            @Schema(description = "Hours still needed for the next star; null at 5★") BigDecimal hoursToNextStar,
            @Schema(required = true, description = "The day each star level was reached: the first day on which the hours "
                    + "served up to and including it reached the threshold", maxItems = 5) List<StarReached> stars,
            @Schema(required = true, description = "Hours by the year they were served in", maxItems = 200) List<YearHours> byYear) {}

    @Schema(name = "VolunteerStarReached")
    public record StarReached(@Schema(required = true, minimum = "1", maximum = "5") int starLevel,
            @Schema(required = true) LocalDate attainedOn) {}

    @Schema(name = "VolunteerYearHours")
    public record YearHours(@Schema(required = true) int year, @Schema(required = true) BigDecimal hours) {}
}

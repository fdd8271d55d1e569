package cn.shenyang.grassroots.orgstructure.whistle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whistle statistics of a subtree and period; every figure's definition is in its schema description. */
@Schema(name = "WhistleStats", description = "Over the whistles raised in the period (raisedAt, a local date in "
        + "Asia/Shanghai, from and to inclusive) by communities in the subtree of orgUnitId (inclusive). Rates are "
        + "decimals rounded half-up to 4 places, null when the denominator is 0. Later steps of those whistles count "
        + "whenever they happened.")
public record WhistleStats(
        UUID orgUnitId,
        String orgUnitName,
        LocalDate from,
        LocalDate to,
        @Schema(description = "Whistles raised in the period") long raised,
        @Schema(description = "Of those, dispatched at least once") long dispatched,
        @Schema(description = "Of those, checked in by a lead department (at least once)") long checkedIn,
        @Schema(description = "Of those, whose first lead check-in was at or before that lead's check-in deadline "
                + "(the deadline's own second counts as on time)") long checkedInOnTime,
        @Schema(description = "Of those, on which a result was reported (at least once), confirmed or not") long resolved,
        @Schema(description = "Of those, confirmed by the community with a rating of 3 or more (status CLOSED)") long confirmed,
        @Schema(description = "Of those, rated by the community at least once") long rated,
        @Schema(description = "Of the rated, whose latest rating is 4 or 5") long ratedSatisfied,
        @Schema(description = "checkedInOnTime / dispatched") BigDecimal responseRate,
        @Schema(description = "resolved / dispatched") BigDecimal resolutionRate,
        @Schema(description = "ratedSatisfied / rated (rated 4–5 / rated)") BigDecimal satisfactionRate,
        @Schema(description = "Median, over the whistles counted in checkedIn, of the minutes from the dispatch that made "
                + "the department lead to its first lead check-in (seconds as fractions of a minute; for an even count "
                + "the mean of the two middle values), rounded half-up to 2 places; null when checkedIn is 0")
        BigDecimal medianMinutesToCheckIn,
        @Schema(description = "Whistles raised in the period by their status now") Map<WhistleStatus, Long> byStatus,
        @Schema(description = "Whistles raised in the period by category, by name") List<CategoryCount> byCategory,
        @Schema(description = "Every department that was lead of a whistle raised in the period, ranked by responseRate "
                + "descending, then resultsReported descending, then name") List<DepartmentRank> departmentRanking) {

    @Schema(name = "WhistleCategoryCount")
    public record CategoryCount(UUID categoryId, String name, @Schema(description = "Whistles raised in the period") long raised) {}

    @Schema(name = "WhistleDepartmentRank")
    public record DepartmentRank(
            @Schema(description = "Position in the ranking, from 1") int rank,
            UUID departmentId,
            String name,
            @Schema(description = "Times the department was made lead of a whistle raised in the period (each dispatch "
                    + "or re-dispatch to it counts)") long leadAssignments,
            @Schema(description = "Of those, checked in") long checkedIn,
            @Schema(description = "Of those, checked in at or before that assignment's check-in deadline") long checkedInOnTime,
            @Schema(description = "Of those, on which it reported a result") long resultsReported,
            @Schema(description = "Of those, that it returned") long returned,
            @Schema(description = "checkedInOnTime / leadAssignments") BigDecimal responseRate) {}
}

package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReserveCadreStats", description = "Funnel and outcomes of the reserve cadres of a subtree in one year. "
        + "The cohort is the cadres recommended in the year; the pool is counted on poolDate (the year's last day, "
        + "or today for the current year); outcomes (joined the Party, elected, left the pool) are those dated in the year.")
public record ReserveCadreStats(
        UUID orgUnitId,
        String orgUnitName,
        int year,
        LocalDate poolDate,
        @Schema(description = "Cohort cadres that reached each stage of the selection, in order") List<FunnelStep> funnel,
        @Schema(description = "Cohort cadres by their current stage") Map<Stage, Long> cohortByCurrentStage,
        Counts totals,
        List<SourceCounts> bySource,
        List<TownshipCounts> byTownship,
        Mentoring mentoring) {

    @Schema(name = "ReserveCadreFunnelStep")
    public record FunnelStep(
            Stage stage,
            long reached,
            @Schema(description = "reached / reached at the previous stage, 4 decimals; null when the previous is 0")
            Double conversionFromPrevious) {}

    @Schema(name = "ReserveCadreCounts")
    public record Counts(
            @Schema(description = "Cadres recommended in the year") long recommended,
            @Schema(description = "Of those, admitted to the pool (at any time)") long reachedReserve,
            @Schema(description = "reachedReserve / recommended, 4 decimals") Double conversion,
            @Schema(description = "Cadres in the pool on poolDate, whatever their cohort") long inPool,
            @Schema(description = "Became full Party members in the year") long joinedParty,
            @Schema(description = "Elected to a village committee in the year") long electedToCommittee,
            @Schema(description = "Removed from the pool in the year") long leftPool) {}

    @Schema(name = "ReserveCadreSourceCounts")
    public record SourceCounts(CadreSource source, Counts counts) {}

    @Schema(name = "ReserveCadreTownshipCounts", description = "Grouped by the village's parent unit")
    public record TownshipCounts(UUID townshipId, String townshipName, Counts counts) {}

    @Schema(name = "ReserveCadreMentoringCompliance")
    public record Mentoring(
            @Schema(description = "Mentor talks owed in the year's half-years that have ended, and held") Compliance mentorTalks,
            @Schema(description = "Township secretary talks owed for the year once it has ended, and held") Compliance secretaryTalks) {}

    @Schema(name = "TalkCompliance")
    public record Compliance(long owed, long held, @Schema(description = "held / owed, 4 decimals; null when nothing was owed") Double rate) {}
}

package cn.shenyang.grassroots.cadre.stats;

import cn.shenyang.grassroots.cadre.reserve.CadreSource;
import cn.shenyang.grassroots.cadre.reserve.RecommendationChannel;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReserveCadreStats", description = "Funnel and outcomes of the reserve cadres of a subtree in one year, "
        + "as of poolDate. Every date is the day a step happened (occurredOn), never the day it was entered. A figure "
        + "\"in the year\" counts what is dated from 1 January of the year up to and including poolDate. Rates are "
        + "decimals rounded half-up to 4 places, null when the denominator is 0.")
public record ReserveCadreStats(
        UUID orgUnitId,
        String orgUnitName,
        int year,
        @Schema(description = "The day the figures are taken on: asOf when given, else the year's last day, or "
                + "today while the year runs") LocalDate poolDate,
        @Schema(description = "The cohort (cadres recommended in the year) by the stages of the selection, in order")
        List<FunnelStep> funnel,
        @Schema(description = "The cohort by the stage each cadre was in on poolDate (the latest step dated on or before it)")
        Map<Stage, Long> cohortByStage,
        Counts totals,
        @Schema(description = "By the source the cadre was found in (the article's six and OTHER); groups with nothing "
                + "to count are left out") List<SourceCounts> bySource,
        @Schema(description = "By recommendation channel (三荐: SELF, MASS, PARTY_ORGANIZATION)") List<ChannelCounts> byChannel,
        @Schema(description = "By the village's parent unit (镇, 乡 or 街道)") List<UnitCounts> byTownship,
        @Schema(description = "By village; villages without any cadre are listed by the coverage endpoint") List<UnitCounts> byVillage,
        Mentoring mentoring) {

    @Schema(name = "ReserveCadreFunnelStep")
    public record FunnelStep(
            Stage stage,
            @Schema(description = "Cohort cadres with a step into this stage dated on or before poolDate") long reached,
            @Schema(description = "reached / reached at the previous stage; null for the first stage or when the previous is 0")
            Double conversionFromPrevious) {}

    @Schema(name = "ReserveCadreCounts")
    public record Counts(
            @Schema(description = "The cohort: cadres recommended (recommendedOn) in the year") long recommended,
            @Schema(description = "Of the cohort, those admitted to the pool (ADMIT) on or before poolDate") long reachedReserve,
            @Schema(description = "reachedReserve / recommended") Double conversion,
            @Schema(description = "Cadres of any cohort in the pool on poolDate: admitted on or before it and neither "
                    + "removed (REMOVE) nor elected (ELECT) on or before it") long inPool,
            @Schema(description = "Cadres admitted as probationary Party members (接收为预备党员, the PROBATIONARY step) "
                    + "in the year: what the article counts as \"joined the Party\" (88 in 2020)") long admittedProbationary,
            @Schema(description = "Cadres who became full Party members (转为正式党员, the MEMBER step) in the year, "
                    + "usually a year after their probationary admission") long becameFullMember,
            @Schema(description = "Cadres elected into the village committees in the year who thereby left the pool "
                    + "(ELECT): the article's \"entered the village two committees\" (165 in 2020); later elections "
                    + "of the same people are not counted again") long enteredCommittees,
            @Schema(description = "Cadres removed from the pool (REMOVE, 调整出库) in the year; elections are not removals")
            long removed) {}

    @Schema(name = "ReserveCadreSourceCounts")
    public record SourceCounts(CadreSource source, Counts counts) {}

    @Schema(name = "ReserveCadreChannelCounts")
    public record ChannelCounts(RecommendationChannel channel, Counts counts) {}

    @Schema(name = "ReserveCadreUnitCounts", description = "The counts of one township or village")
    public record UnitCounts(UUID orgUnitId, String name, Counts counts) {}

    @Schema(name = "ReserveCadreMentoringCompliance", description = "Talks owed in the periods of the year that had "
            + "ended by poolDate (a period ending today is not over yet). A cadre owes talks while in the pool, once "
            + "admitted at least cadre.mentoring.grace-days before the period's last day")
    public record Mentoring(
            @Schema(description = "Per half-year, each pool member is owed one talk by a township mentor and one by a "
                    + "village mentor; one with no mentor of a level owes that talk and it is not held")
            Compliance mentorTalks,
            @Schema(description = "Per year, each pool member is owed one talk by the township Party secretary; "
                    + "counted once the year has ended") Compliance secretaryTalks) {}

    @Schema(name = "TalkCompliance")
    public record Compliance(
            @Schema(description = "Talks owed under the rule of mentorTalks or secretaryTalks") long owed,
            @Schema(description = "Of the talks owed, those held within their own period") long held,
            @Schema(description = "held / owed, half-up to 4 places; null when nothing was owed") Double rate) {}
}

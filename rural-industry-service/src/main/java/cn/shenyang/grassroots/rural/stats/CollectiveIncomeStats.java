package cn.shenyang.grassroots.rural.stats;

import cn.shenyang.grassroots.rural.income.CollectiveIncomeView;
import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import cn.shenyang.grassroots.rural.rating.DemonstrationLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectiveIncomeStats", description = "Collective-income indicators of the villages (org units of level "
        + "VILLAGE) in a subtree for one year. A village's income in a year is the sum of its sources in the counted "
        + "revision of its return for that year: with status=CONFIRMED (the default) the latest confirmed revision, and "
        + "a return never confirmed counts as not reported; with status=ANY the current revision of every return. "
        + "\"Previous year\" is year - 1. Amounts are yuan with 2 decimals; rates are decimals rounded half-up to 4 "
        + "places, null when the denominator is 0. With demonstrationRating, every figure is over the villages rated so "
        + "for the year only.")
public record CollectiveIncomeStats(
        @Schema(required = true) UUID orgUnitId,
        @Schema(required = true) String orgUnitName,
        @Schema(required = true) int year,
        @Schema(required = true, description = "Which returns were counted") IncomeStatsStatus status,
        @Schema(description = "The villages counted: only those with this rating for the year; null: all")
        DemonstrationLevel demonstrationRating,
        @Schema(required = true) IncomeFigures figures) {

    @Schema(name = "IncomeFigures", description = "The indicators of a set of villages (a subtree, or a township's villages)")
    public record IncomeFigures(
            @Schema(required = true, description = "Villages in the set, whether they reported or not") long villages,
            @Schema(required = true, description = "Villages with a counted income for the year") long villagesReporting,
            @Schema(required = true, description = "Villages with a counted income for the previous year")
            long villagesReportingPreviousYear,
            @Schema(required = true, description = "Villages with a counted income for both the year and the previous year")
            long villagesReportingBothYears,
            @Schema(required = true, description = "Hollow villages (空壳村): villages whose income for the year is exactly 0")
            long hollow,
            @Schema(required = true, description = "Villages whose income for the previous year was exactly 0")
            long hollowPreviousYear,
            @Schema(required = true, description = "Hollow villages cleared (清零): income exactly 0 in the previous year "
                    + "and above 0 in the year; a village without a counted income for the year is not cleared")
            long hollowCleared,
            @Schema(required = true, description = "The sum of the incomes for the year over villagesReporting (yuan)")
            BigDecimal totalIncome,
            @Schema(required = true, description = "The sum of the incomes for the previous year over "
                    + "villagesReportingPreviousYear (yuan)") BigDecimal previousYearTotalIncome,
            @Schema(description = "(totalIncome - previousYearTotalIncome) / previousYearTotalIncome")
            BigDecimal totalIncomeChangeRate,
            @Schema(description = "The median income for the year over villagesReporting: the middle value, or the mean "
                    + "of the two middle values for an even count, rounded half-up to 2 decimals (yuan); null when no "
                    + "village reported") BigDecimal medianIncome,
            @Schema(required = true, description = "totalIncome by source: the sums of each source over villagesReporting")
            CollectiveIncomeView.IncomeSourceAmounts totalBySource,
            @Schema(required = true, maxItems = 10, description = "The figures against each threshold, in the order asked")
            List<ThresholdFigures> thresholds) {}

    @Schema(name = "IncomeThresholdFigures", description = "The villages of the set against one income threshold T (yuan)")
    public record ThresholdFigures(
            @Schema(required = true, description = "The threshold T the figures below count against, in yuan")
            BigDecimal threshold,
            @Schema(required = true, description = "Villages whose income for the year is at or above T (a village at "
                    + "exactly T counts)") long atOrAbove,
            @Schema(required = true, description = "Villages newly at or above T: income for the year at or above T, "
                    + "and for the previous year below T or not counted (not reported, or never confirmed)")
            long newlyAbove,
            @Schema(required = true, description = "The same count one year earlier: income for the previous year at or "
                    + "above T, and for the year before it below T or not counted") long newlyAbovePreviousYear,
            @Schema(required = true, description = "newlyAbove - newlyAbovePreviousYear") long newlyAboveChange,
            @Schema(description = "newlyAboveChange / newlyAbovePreviousYear: the year-on-year change of the count "
                    + "(the article: 168 in 2020 against 109 in 2019 is 0.5413, \"54 % more\")")
            BigDecimal newlyAboveChangeRate,
            @Schema(required = true, description = "Villages whose income rose by more than T: income for the year "
                    + "minus income for the previous year strictly greater than T; only villages reporting both years")
            long risenMoreThan,
            @Schema(description = "risenMoreThan / villagesReportingBothYears (the article: over 90 % of demonstration "
                    + "villages rose by more than 200,000 yuan)") BigDecimal risenMoreThanRate) {}

    @Schema(name = "TownshipIncomeFigures", description = "The indicators of the villages whose parent unit is one "
            + "township (乡, 镇 or 街道), for the per-township table")
    public record TownshipFigures(
            @Schema(required = true) UUID townshipId,
            @Schema(required = true) String townshipName,
            @Schema(required = true) IncomeFigures figures) {}

    @Schema(name = "VillageIncomeGrowth", description = "One village's income for the year and the previous year")
    public record VillageGrowth(
            @Schema(required = true) UUID villageId,
            @Schema(required = true) String villageName,
            @Schema(description = "The village's parent unit") UUID townshipId,
            String townshipName,
            @Schema(description = "The status of the village's return for the year, whether it counts or not; null: no "
                    + "return") IncomeReviewStatus status,
            @Schema(description = "The counted income for the year (yuan); null: not reported or not counted") BigDecimal income,
            @Schema(description = "The counted income for the previous year (yuan); null: not counted")
            BigDecimal previousYearIncome,
            @Schema(description = "income - previousYearIncome (yuan); null unless both are counted") BigDecimal change,
            @Schema(description = "change / previousYearIncome, rounded half-up to 4 places; null unless both are counted "
                    + "and previousYearIncome is above 0") BigDecimal growthRate) {}
}

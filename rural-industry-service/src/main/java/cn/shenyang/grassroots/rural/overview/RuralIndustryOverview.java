package cn.shenyang.grassroots.rural.overview;

import cn.shenyang.grassroots.rural.cooperative.CooperativeView;
import cn.shenyang.grassroots.rural.post.PostClaimView;
import cn.shenyang.grassroots.rural.rating.DemonstrationRatingView;
import cn.shenyang.grassroots.rural.rectification.RectificationView;
import cn.shenyang.grassroots.rural.stats.CollectiveIncomeStats;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RuralIndustryOverview", description = "The rural-industry figures of the suite's overview for a subtree and "
        + "year in one answer. Each section is exactly what its own endpoint answers for the same subtree and year, "
        + "with the same definitions (in each section's schema); nothing is added.")
public record RuralIndustryOverview(
        @Schema(required = true, description = "The subtree root") UUID orgUnitId,
        @Schema(required = true, description = "The year") int year,
        @Schema(required = true, description = "Confirmed collective incomes against the article's thresholds, 50,000 and "
                + "1,000,000 yuan: getCollectiveIncomeStats with threshold=50000&threshold=1000000")
        CollectiveIncomeStats collectiveIncomes,
        @Schema(required = true, description = "The demonstration villages' confirmed incomes against 200,000 yuan: "
                + "getCollectiveIncomeStats with demonstrationRating=DEMONSTRATION&threshold=200000")
        CollectiveIncomeStats demonstrationVillageIncomes,
        @Schema(required = true, description = "getDemonstrationRatingCounts") DemonstrationRatingView.Counts demonstrationRatings,
        @Schema(required = true, description = "getRectificationCounts") RectificationView.Counts rectifications,
        @Schema(required = true, description = "getCooperativeTotals") CooperativeView.Totals cooperatives,
        @Schema(required = true, description = "getPartyMemberPostCounts") PostClaimView.Counts partyMemberPosts) {}

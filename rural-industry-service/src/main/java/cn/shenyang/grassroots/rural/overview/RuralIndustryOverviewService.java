package cn.shenyang.grassroots.rural.overview;

import cn.shenyang.grassroots.rural.cooperative.CooperativeQueries;
import cn.shenyang.grassroots.rural.post.PostClaimQueries;
import cn.shenyang.grassroots.rural.rating.DemonstrationLevel;
import cn.shenyang.grassroots.rural.rating.DemonstrationRatingQueries;
import cn.shenyang.grassroots.rural.rectification.RectificationQueries;
import cn.shenyang.grassroots.rural.stats.IncomeStatsQueries;
import cn.shenyang.grassroots.rural.stats.IncomeStatsStatus;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The overview's rural-industry sections from the same queries as their own endpoints: one call
 * instead of six, and like them no transaction (a read).
 */
@ApplicationScoped
public class RuralIndustryOverviewService {
    /** The article's thresholds: villages at 50,000 yuan, incomes risen by 1,000,000, demonstration villages by 200,000. */
    static final List<BigDecimal> INCOME_THRESHOLDS = List.of(new BigDecimal("50000"), new BigDecimal("1000000"));
    static final List<BigDecimal> DEMONSTRATION_THRESHOLDS = List.of(new BigDecimal("200000"));

    @Inject
    IncomeStatsQueries incomes;
    @Inject
    DemonstrationRatingQueries ratings;
    @Inject
    RectificationQueries rectifications;
    @Inject
    CooperativeQueries cooperatives;
    @Inject
    PostClaimQueries posts;
    @Inject
    Today today;

    public RuralIndustryOverview overview(UUID orgUnitId, int year) {
        return new RuralIndustryOverview(orgUnitId, year,
                incomes.subtree(new IncomeStatsQueries.Ask(orgUnitId, year, IncomeStatsStatus.CONFIRMED, null, INCOME_THRESHOLDS)),
                incomes.subtree(new IncomeStatsQueries.Ask(orgUnitId, year, IncomeStatsStatus.CONFIRMED,
                        DemonstrationLevel.DEMONSTRATION, DEMONSTRATION_THRESHOLDS)),
                ratings.counts(orgUnitId, year),
                rectifications.counts(orgUnitId, year, today.date()),
                cooperatives.totals(orgUnitId, year),
                posts.counts(orgUnitId, year));
    }
}

package cn.shenyang.grassroots.cadre.overview;

import cn.shenyang.grassroots.cadre.coverage.CoverageQueries;
import cn.shenyang.grassroots.cadre.deployment.DutyDeploymentQueries;
import cn.shenyang.grassroots.cadre.posting.CadrePostingQueries;
import cn.shenyang.grassroots.cadre.stats.CadreStatsQueries;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.time.YearPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The overview's cadre-pipeline sections from the same queries as their own endpoints: one call
 * instead of four, and like them no transaction (a read).
 */
@ApplicationScoped
public class ReserveCadreOverviewService {
    @Inject
    CadreStatsQueries stats;
    @Inject
    CoverageQueries coverage;
    @Inject
    CadrePostingQueries postings;
    @Inject
    DutyDeploymentQueries deployments;
    @Inject
    Today today;

    public ReserveCadreOverview overview(UUID orgUnitId, int year) {
        YearPeriod period = YearPeriod.of(year, today.date());
        LocalDate from = period.from();
        LocalDate to = period.to();
        return new ReserveCadreOverview(orgUnitId, year, from, to,
                stats.totals(orgUnitId, year, to),
                coverage.coverage(orgUnitId, to, 0),
                postings.counts(orgUnitId, year, to),
                deployments.counts(orgUnitId, from, to));
    }
}

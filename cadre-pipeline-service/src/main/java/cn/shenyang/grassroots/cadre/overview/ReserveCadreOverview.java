package cn.shenyang.grassroots.cadre.overview;

import cn.shenyang.grassroots.cadre.coverage.CoverageView;
import cn.shenyang.grassroots.cadre.deployment.DutyDeploymentView;
import cn.shenyang.grassroots.cadre.posting.CadrePostingView;
import cn.shenyang.grassroots.cadre.stats.ReserveCadreStats;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReserveCadreOverview", description = "The cadre-pipeline figures of the suite's overview for a subtree and "
        + "year in one answer, over the period from 1 January to the year's last day (or today while the year runs). "
        + "Each section is exactly what its own endpoint answers for the same subtree and period, with the same "
        + "definitions (in each section's schema); nothing is added.")
public record ReserveCadreOverview(
        @Schema(required = true, description = "The subtree root") UUID orgUnitId,
        @Schema(required = true, description = "The year") int year,
        @Schema(required = true, description = "1 January of the year") LocalDate periodStart,
        @Schema(required = true, description = "The year's last day, or today while the year runs") LocalDate periodEnd,
        @Schema(required = true, description = "The totals of getReserveCadreStats for the year, the pool taken on periodEnd")
        ReserveCadreStats.Counts reserveCadres,
        @Schema(required = true, description = "getReserveCadreCoverage on periodEnd: the counts, with no items listed "
                + "(page through a list with listReserveCadreCoverageGap)")
        CoverageView.Coverage coverage,
        @Schema(required = true, description = "countCadrePostings: the year's intake, and those running on periodEnd")
        CadrePostingView.Counts cadrePostings,
        @Schema(required = true, description = "countDutyDeployments over the period") DutyDeploymentView.Counts dutyDeployments) {}

package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Training entries and totals as callers see them. */
public final class TrainingView {
    private TrainingView() {}

    @Schema(name = "TrainingRecord")
    public record RecordView(UUID id, UUID cadreId, TrainingKind kind,
            @Schema(description = "TOWNSHIP_ROTATION, VILLAGE_DIRECTED or X: the part of 1+1+x") String track,
            String title, String provider, LocalDate startsOn, LocalDate endsOn, BigDecimal hours, long version,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned {
        public static RecordView of(TrainingRecord t) {
            return new RecordView(t.id, t.cadreId, t.kind, t.kind.track(), t.title, t.provider, t.startsOn, t.endsOn,
                    t.hours, t.version, t.createdAt, t.createdBy, t.updatedAt, t.updatedBy);
        }
    }

    @Schema(name = "TrainingKindTotal", description = "Sessions and hours of one kind")
    public record KindTotal(TrainingKind kind, String track, long sessions, BigDecimal hours) {}

    @Schema(name = "TrainingYearTotal")
    public record YearTotal(int year, long sessions, BigDecimal hours, List<KindTotal> byKind) {}

    @Schema(name = "CadreTrainingTotals", description = "A cadre's ledger summed: overall, by kind and by year")
    public record CadreTotals(UUID cadreId, long sessions, BigDecimal hours, List<KindTotal> byKind, List<YearTotal> byYear) {}

    @Schema(name = "TrainingTotals", description = "Training of the reserve cadres of a subtree in one year")
    public record ScopeTotals(UUID orgUnitId, int year, long cadresTrained, long sessions, BigDecimal hours,
            @Schema(description = "Cadres with at least one entry in each of township rotation, village directed training and x")
            long cadresWithFullOnePlusOnePlusX,
            List<KindTotal> byKind) {}
}

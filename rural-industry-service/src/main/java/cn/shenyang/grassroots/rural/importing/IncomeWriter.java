package cn.shenyang.grassroots.rural.importing;

import cn.shenyang.grassroots.platform.sql.CopyWriter;
import cn.shenyang.grassroots.rural.income.IncomeReviewAction;
import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/** Writes accepted returns with COPY: the returns, their revision 1, then every dated step in order. */
final class IncomeWriter {
    /** A row that passed: the new return's id and the status its dates reach. */
    record Accepted(UUID id, IncomeRow row, LocalDate reportedOn, IncomeReviewStatus status) {
        LocalDate statusOn() {
            return row.confirmedOn() != null ? row.confirmedOn() : row.reviewedOn() != null ? row.reviewedOn() : reportedOn;
        }
    }

    private static final String COPY_INCOMES = """
            copy collective_income (id, village_id, year, status, status_on, current_revision, current_total,
                confirmed_revision, confirmed_total, version, created_at, created_by, updated_at, updated_by) from stdin""";
    private static final String COPY_REVISIONS = """
            copy collective_income_revision (id, income_id, revision, land, enclave, capable_person, asset_leasing,
                service, other, total, evidence_ref, reason, reported_on, confirmed_on, recorded_by, recorded_at) from stdin""";
    private static final String COPY_STEPS = """
            copy collective_income_step (id, income_id, revision, action, from_status, to_status, occurred_on, reason,
                evidence_ref, recorded_by, recorded_at) from stdin""";

    private final Connection c;
    private final String actor;
    private final String at;

    IncomeWriter(Connection c, String actor, OffsetDateTime now) {
        this.c = c;
        this.actor = actor;
        this.at = now.toString();
    }

    void write(List<Accepted> accepted) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyWriter incomes = new CopyWriter(pg.getCopyAPI().copyIn(COPY_INCOMES));
        for (Accepted a : accepted) {
            boolean confirmed = a.status() == IncomeReviewStatus.CONFIRMED;
            var total = a.row().amounts().total();
            incomes.row(a.id(), a.row().villageId(), a.row().year(), a.status(), a.statusOn(), 1, total,
                    confirmed ? 1 : null, confirmed ? total : null, 0, at, actor, at, actor);
        }
        incomes.end();
        // one COPY at a time on a connection
        CopyWriter revisions = new CopyWriter(pg.getCopyAPI().copyIn(COPY_REVISIONS));
        for (Accepted a : accepted) {
            var m = a.row().amounts();
            revisions.row(UUID.randomUUID(), a.id(), 1, m.land(), m.enclave(), m.capablePerson(), m.assetLeasing(),
                    m.service(), m.other(), m.total(), a.row().evidenceRef(), null, a.reportedOn(), a.row().confirmedOn(),
                    actor, at);
        }
        revisions.end();
        CopyWriter steps = new CopyWriter(pg.getCopyAPI().copyIn(COPY_STEPS));
        for (Accepted a : accepted) {
            IncomeRow r = a.row();
            steps.row(UUID.randomUUID(), a.id(), 1, IncomeReviewAction.REPORT, null, IncomeReviewStatus.REPORTED,
                    a.reportedOn(), null, r.evidenceRef(), actor, at);
            if (r.reviewedOn() != null) {
                steps.row(UUID.randomUUID(), a.id(), 1, IncomeReviewAction.REVIEW, IncomeReviewStatus.REPORTED,
                        IncomeReviewStatus.TOWNSHIP_REVIEWED, r.reviewedOn(), null, null, actor, at);
            }
            if (r.confirmedOn() != null) {
                steps.row(UUID.randomUUID(), a.id(), 1, IncomeReviewAction.CONFIRM, IncomeReviewStatus.TOWNSHIP_REVIEWED,
                        IncomeReviewStatus.CONFIRMED, r.confirmedOn(), null, null, actor, at);
            }
        }
        steps.end();
    }
}

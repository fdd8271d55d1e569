package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.platform.sql.CopyWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/** Writes accepted ledger rows with COPY: the cadres, then every dated step, then the elections that ended a pool membership. */
final class LedgerWriter {
    /** A row that passed: the new cadre's id and its replayed history. */
    record Accepted(UUID id, LedgerRow row, LedgerReplay.Replayed replayed) {}

    private static final String COPY_CADRES = """
            copy reserve_cadre (id, name, gender, birth_date, id_number, phone, education, party_status, village_id,
                source, channel, recommended_on, cohort_year, stage, stage_on, negative_list_findings, votes_for,
                votes_cast, inspection_report, written_test_score, interview_score, publicity_starts_on,
                publicity_ends_on, activist_on, probationary_on, member_on, elected_committee, elected_on,
                prefer_party_admission, prefer_nomination, version, created_at, created_by, updated_at, updated_by)
            from stdin""";
    private static final String COPY_STEPS = """
            copy reserve_cadre_transition (id, cadre_id, action, from_stage, to_stage, occurred_on, reason, recorded_by,
                recorded_at) from stdin""";
    private static final String COPY_ELECTIONS = """
            copy reserve_cadre_election (id, cadre_id, committee, occurred_on, note, recorded_by, recorded_at) from stdin""";

    private final Connection c;
    private final String actor;
    private final String at;

    LedgerWriter(Connection c, String actor, OffsetDateTime now) {
        this.c = c;
        this.actor = actor;
        this.at = now.toString();
    }

    ImportReport write(List<Accepted> accepted, List<Integer> presentRows) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        CopyWriter cadres = new CopyWriter(pg.getCopyAPI().copyIn(COPY_CADRES));
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        for (Accepted a : accepted) {
            LedgerRow r = a.row();
            LedgerReplay.Replayed p = a.replayed();
            boolean elected = p.stage() == Stage.ELECTED;
            cadres.row(a.id(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.phone(), r.education(),
                    p.partyStatus(), r.villageId(), r.source(), r.channel(), r.recommendedOn(),
                    r.recommendedOn().getYear(), p.stage(), p.stageOn(),
                    r.negativeListFindings().isEmpty() ? null
                            : r.negativeListFindings().stream().map(Enum::name).collect(Collectors.joining(",")),
                    r.votesFor(), r.votesCast(), r.inspectionReport(), r.writtenTestScore(), r.interviewScore(),
                    p.publicityStartsOn(), p.publicityEndsOn(), r.activistOn(), r.probationaryOn(), r.memberOn(),
                    elected ? r.committee() : null, elected ? r.exitOn() : null, false, false, 0, at, actor, at, actor);
            byStage.merge(p.stage(), 1, Integer::sum);
        }
        cadres.end();
        CopyWriter steps = new CopyWriter(pg.getCopyAPI().copyIn(COPY_STEPS));
        int stepCount = 0;
        for (Accepted a : accepted) {
            for (LedgerReplay.Step s : a.replayed().steps()) {
                steps.row(UUID.randomUUID(), a.id(), s.action(), s.from(), s.to(), s.on(), s.reason(), actor, at);
                stepCount++;
            }
        }
        steps.end();
        // one COPY at a time on a connection
        CopyWriter elections = new CopyWriter(pg.getCopyAPI().copyIn(COPY_ELECTIONS));
        for (Accepted a : accepted) {
            if (a.replayed().stage() == Stage.ELECTED) {
                elections.row(UUID.randomUUID(), a.id(), a.row().committee(), a.row().exitOn(), null, actor, at);
            }
        }
        elections.end();
        return new ImportReport(accepted.size(), presentRows.size(), presentRows, byStage, stepCount);
    }
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reserve cadre as callers see it; ID number and phone are masked unless the caller may read personal data. */
@Schema(name = "ReserveCadre")
public record ReserveCadreView(
        UUID id,
        String name,
        Gender gender,
        LocalDate birthDate,
        @Schema(description = "Masked (210111********123X) unless your role may read personal data") String idNumber,
        @Schema(description = "Masked (138****5678) unless your role may read personal data") String phone,
        Education education,
        PartyStatus partyStatus,
        UUID villageId,
        CadreSource source,
        RecommendationChannel channel,
        LocalDate recommendedOn,
        @Schema(description = "Selection year: the year of recommendation") int cohortYear,
        Stage stage,
        @Schema(description = "The day the cadre entered the current stage (the latest step's occurredOn)") LocalDate stageOn,
        List<NegativeListItem> negativeListFindings,
        Nomination nomination,
        Inspection inspection,
        Publicity publicity,
        PartyAdmission partyAdmission,
        Election election,
        DoubleExcellent doubleExcellent,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    @Schema(name = "ReserveCadreNomination")
    public record Nomination(int votesFor, int votesCast) {}

    @Schema(name = "ReserveCadreInspection")
    public record Inspection(String report, BigDecimal writtenTestScore, BigDecimal interviewScore) {}

    @Schema(name = "ReserveCadrePublicity")
    public record Publicity(LocalDate startsOn, LocalDate endsOn) {}

    @Schema(name = "ReserveCadrePartyAdmission")
    public record PartyAdmission(LocalDate activistOn, LocalDate probationaryOn, LocalDate memberOn) {}

    @Schema(name = "ReserveCadreElection", description = "The election that took the cadre out of the pool (ELECT); "
            + "every election is listed at …/{id}/elections")
    public record Election(Committee committee, LocalDate electedOn) {}

    @Schema(name = "ReserveCadreDoubleExcellent")
    public record DoubleExcellent(boolean preferPartyAdmission, boolean preferNomination, String note) {}

    /** The columns {@link #of(ResultSet, boolean)} reads, in its order, of the cadre table as {@code c}. */
    static final String COLUMNS = """
            c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, c.education, c.party_status, c.village_id, c.source,
            c.channel, c.recommended_on, c.cohort_year, c.stage, c.stage_on, c.negative_list_findings, c.votes_for,
            c.votes_cast, c.inspection_report, c.written_test_score, c.interview_score, c.publicity_starts_on,
            c.publicity_ends_on, c.activist_on, c.probationary_on, c.member_on, c.elected_committee, c.elected_on,
            c.prefer_party_admission, c.prefer_nomination, c.double_excellent_note, c.version, c.created_at,
            c.created_by, c.updated_at, c.updated_by""";

    /** A row of {@link #COLUMNS}, read over JDBC: the same view as {@link #of(ReserveCadre, boolean)} of its entity. */
    static ReserveCadreView of(ResultSet r, boolean personalData) throws SQLException {
        String idNumber = r.getString(5);
        String phone = r.getString(6);
        Integer votesCast = r.getObject(18, Integer.class);
        String report = r.getString(19);
        LocalDate publicityStartsOn = r.getObject(22, LocalDate.class);
        String committee = r.getString(27);
        return new ReserveCadreView(r.getObject(1, UUID.class), r.getString(2), Gender.valueOf(r.getString(3)),
                r.getObject(4, LocalDate.class), personalData ? idNumber : Masking.idNumber(idNumber),
                personalData ? phone : Masking.phone(phone), Education.valueOf(r.getString(7)),
                PartyStatus.valueOf(r.getString(8)), r.getObject(9, UUID.class), CadreSource.valueOf(r.getString(10)),
                RecommendationChannel.valueOf(r.getString(11)), r.getObject(12, LocalDate.class), r.getInt(13),
                Stage.valueOf(r.getString(14)), r.getObject(15, LocalDate.class), ReserveCadre.findings(r.getString(16)),
                votesCast == null ? null : new Nomination(r.getObject(17, Integer.class), votesCast),
                report == null ? null : new Inspection(report, r.getBigDecimal(20), r.getBigDecimal(21)),
                publicityStartsOn == null ? null : new Publicity(publicityStartsOn, r.getObject(23, LocalDate.class)),
                new PartyAdmission(r.getObject(24, LocalDate.class), r.getObject(25, LocalDate.class),
                        r.getObject(26, LocalDate.class)),
                committee == null ? null : new Election(Committee.valueOf(committee), r.getObject(28, LocalDate.class)),
                new DoubleExcellent(r.getBoolean(29), r.getBoolean(30), r.getString(31)), r.getLong(32),
                utc(r.getObject(33, OffsetDateTime.class)), r.getString(34), utc(r.getObject(35, OffsetDateTime.class)),
                r.getString(36));
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public static ReserveCadreView of(ReserveCadre c, boolean personalData) {
        return new ReserveCadreView(c.id, c.name, c.gender, c.birthDate,
                personalData ? c.idNumber : Masking.idNumber(c.idNumber),
                personalData ? c.phone : Masking.phone(c.phone),
                c.education, c.partyStatus, c.villageId, c.source, c.channel, c.recommendedOn, c.cohortYear,
                c.stage, c.stageOn, c.findings(),
                c.votesCast == null ? null : new Nomination(c.votesFor, c.votesCast),
                c.inspectionReport == null ? null
                        : new Inspection(c.inspectionReport, c.writtenTestScore, c.interviewScore),
                c.publicityStartsOn == null ? null : new Publicity(c.publicityStartsOn, c.publicityEndsOn),
                new PartyAdmission(c.activistOn, c.probationaryOn, c.memberOn),
                c.electedCommittee == null ? null : new Election(c.electedCommittee, c.electedOn),
                new DoubleExcellent(c.preferPartyAdmission, c.preferNomination, c.doubleExcellentNote),
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    @Schema(name = "ReserveCadreTransition", description = "One step of a cadre's history")
    public record TransitionView(UUID id, Stage.Action action, Stage fromStage, Stage toStage,
            @Schema(description = "The day the step happened; rules, history order and statistics use it") LocalDate occurredOn,
            String reason, String evidenceRef,
            @Schema(description = "Who entered the step") String recordedBy,
            @Schema(description = "When it was entered, apart from when it happened") OffsetDateTime recordedAt) {
        public static TransitionView of(CadreTransition t) {
            return new TransitionView(t.id, t.action, t.fromStage, t.toStage, t.occurredOn, t.reason, t.evidenceRef,
                    t.recordedBy, t.recordedAt);
        }
    }

    @Schema(name = "ReserveCadreAllowedAction", description = "An action the workflow table offers in the current stage to your role")
    public record AllowedAction(
            Stage.Action action,
            Stage toStage,
            @Schema(description = "False while a rule holds the action back; blockedBy says which") boolean available,
            String blockedBy) {}

    @Schema(name = "ReserveCadreActionOptions")
    public record AllowedActions(UUID cadreId, Stage stage, long version,
            @Schema(description = "The day the rules were judged on") LocalDate occurredOn, List<AllowedAction> actions) {}
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.platform.privacy.Masking;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
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

    /** The columns {@link #of(Row, boolean)} reads, in its order, of the cadre table as {@code c}. */
    static final String COLUMNS = """
            c.id, c.name, c.gender, c.birth_date, c.id_number, c.phone, c.education, c.party_status, c.village_id, c.source,
            c.channel, c.recommended_on, c.cohort_year, c.stage, c.stage_on, c.negative_list_findings, c.votes_for,
            c.votes_cast, c.inspection_report, c.written_test_score, c.interview_score, c.publicity_starts_on,
            c.publicity_ends_on, c.activist_on, c.probationary_on, c.member_on, c.elected_committee, c.elected_on,
            c.prefer_party_admission, c.prefer_nomination, c.double_excellent_note, c.version, c.created_at,
            c.created_by, c.updated_at, c.updated_by""";

    /** A row of {@link #COLUMNS}, read on the event loop: the same view as {@link #of(ReserveCadre, boolean)} of its entity. */
    static ReserveCadreView of(Row r, boolean personalData) {
        String idNumber = r.getString(4);
        String phone = r.getString(5);
        Integer votesCast = r.getInteger(17);
        String report = r.getString(18);
        LocalDate publicityStartsOn = r.getLocalDate(21);
        String committee = r.getString(26);
        return new ReserveCadreView(r.getUUID(0), r.getString(1), Gender.valueOf(r.getString(2)),
                r.getLocalDate(3), personalData ? idNumber : Masking.idNumber(idNumber),
                personalData ? phone : Masking.phone(phone), Education.valueOf(r.getString(6)),
                PartyStatus.valueOf(r.getString(7)), r.getUUID(8), CadreSource.valueOf(r.getString(9)),
                RecommendationChannel.valueOf(r.getString(10)), r.getLocalDate(11), r.getInteger(12),
                Stage.valueOf(r.getString(13)), r.getLocalDate(14), ReserveCadre.findings(r.getString(15)),
                votesCast == null ? null : new Nomination(r.getInteger(16), votesCast),
                report == null ? null : new Inspection(report, r.getBigDecimal(19), r.getBigDecimal(20)),
                publicityStartsOn == null ? null : new Publicity(publicityStartsOn, r.getLocalDate(22)),
                new PartyAdmission(r.getLocalDate(23), r.getLocalDate(24), r.getLocalDate(25)),
                committee == null ? null : new Election(Committee.valueOf(committee), r.getLocalDate(27)),
                new DoubleExcellent(r.getBoolean(28), r.getBoolean(29), r.getString(30)), r.getLong(31),
                utc(r.getOffsetDateTime(32)), r.getString(33), utc(r.getOffsetDateTime(34)), r.getString(35));
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

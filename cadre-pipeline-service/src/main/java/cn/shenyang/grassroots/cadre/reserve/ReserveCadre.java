package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.outcome.Committee;
import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A reserve village cadre: the person, their stage in the workflow and their outcomes. Written by
 * {@link ReserveCadreService} (the person), {@link WorkflowService} (the steps) and the outcome
 * service (Party steps, flags); the ledger import writes whole histories with COPY.
 */
@Entity
@Table(name = "reserve_cadre")
public class ReserveCadre extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Gender gender;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    @Column(name = "id_number")
    public String idNumber;

    /** Personal data, as above. */
    public String phone;

    @Enumerated(EnumType.STRING)
    public Education education;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_status")
    public PartyStatus partyStatus;

    @Column(name = "village_id")
    public UUID villageId;

    @Enumerated(EnumType.STRING)
    public CadreSource source;

    @Enumerated(EnumType.STRING)
    public RecommendationChannel channel;

    @Column(name = "recommended_on")
    public LocalDate recommendedOn;

    /** The selection year the candidate belongs to: the year of recommendation. */
    @Column(name = "cohort_year")
    public int cohortYear;

    @Enumerated(EnumType.STRING)
    public Stage stage;

    /** The day the cadre entered the current stage: the date of the latest step, never after today. */
    @Column(name = "stage_on")
    public LocalDate stageOn;

    @Column(name = "negative_list_findings")
    public String negativeListFindings;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_cast")
    public Integer votesCast;

    @Column(name = "inspection_report")
    public String inspectionReport;

    @Column(name = "written_test_score")
    public BigDecimal writtenTestScore;

    @Column(name = "interview_score")
    public BigDecimal interviewScore;

    @Column(name = "publicity_starts_on")
    public LocalDate publicityStartsOn;

    @Column(name = "publicity_ends_on")
    public LocalDate publicityEndsOn;

    @Column(name = "activist_on")
    public LocalDate activistOn;

    @Column(name = "probationary_on")
    public LocalDate probationaryOn;

    @Column(name = "member_on")
    public LocalDate memberOn;

    /** The election that took the cadre out of the pool (ELECT); later ones are in the election list. */
    @Enumerated(EnumType.STRING)
    @Column(name = "elected_committee")
    public Committee electedCommittee;

    @Column(name = "elected_on")
    public LocalDate electedOn;

    @Column(name = "prefer_party_admission")
    public boolean preferPartyAdmission;

    @Column(name = "prefer_nomination")
    public boolean preferNomination;

    @Column(name = "double_excellent_note")
    public String doubleExcellentNote;

    public List<NegativeListItem> findings() {
        return findings(negativeListFindings);
    }

    /** The findings as stored: their names, comma-separated. */
    static List<NegativeListItem> findings(String stored) {
        if (stored == null || stored.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(stored.split(",")).map(NegativeListItem::valueOf).toList();
    }
}

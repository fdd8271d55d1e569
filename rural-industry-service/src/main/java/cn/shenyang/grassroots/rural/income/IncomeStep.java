package cn.shenyang.grassroots.rural.income;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step of a return's review; appended, never changed. Ordered by occurredOn, then by a database sequence. */
@Entity
@Table(name = "collective_income_step")
public class IncomeStep extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "income_id")
    public UUID incomeId;

    /** The revision the step acted on (for AMEND and CORRECT: the one it created). */
    public int revision;

    @Enumerated(EnumType.STRING)
    public IncomeReviewAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public IncomeReviewStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public IncomeReviewStatus toStatus;

    /** The day the step happened; rules and history order use it. */
    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String reason;

    @Column(name = "evidence_ref")
    public String evidenceRef;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

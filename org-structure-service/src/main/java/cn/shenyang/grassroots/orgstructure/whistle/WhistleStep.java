package cn.shenyang.grassroots.orgstructure.whistle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of a whistle's history; appended, never changed. */
@Entity
@Table(name = "whistle_step")
public class WhistleStep extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "whistle_step_seq")
    @SequenceGenerator(name = "whistle_step_seq", sequenceName = "whistle_step_seq", allocationSize = 1)
    public Long seq;

    @Column(name = "whistle_id")
    public UUID whistleId;

    /** RAISE and ESCALATE besides the workflow's actions. */
    public String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public WhistleStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public WhistleStatus toStatus;

    @Column(name = "department_id")
    public UUID departmentId;

    /** When the step happened, as the caller entered it (default the moment it was recorded); rules and statistics use it. */
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    public String note;

    public Integer rating;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

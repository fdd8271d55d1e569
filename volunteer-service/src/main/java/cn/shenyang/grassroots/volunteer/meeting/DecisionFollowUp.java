package cn.shenyang.grassroots.volunteer.meeting;

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
import org.hibernate.annotations.Immutable;

/** One step of a decision's follow-up, dated when it happened. Never changed. */
@Entity
@Immutable
@Table(name = "decision_follow_up")
public class DecisionFollowUp extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public FollowUpStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public FollowUpStatus toStatus;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

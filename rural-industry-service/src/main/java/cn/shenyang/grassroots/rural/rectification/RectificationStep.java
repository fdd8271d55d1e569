package cn.shenyang.grassroots.rural.rectification;

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

/** One step of a case (OPEN, CLOSE_OUT, REOPEN); appended, never changed. */
@Entity
@Table(name = "rectification_step")
public class RectificationStep extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "rectification_id")
    public UUID rectificationId;

    @Enumerated(EnumType.STRING)
    public RectificationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public RectificationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public RectificationStatus toStatus;

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

package cn.shenyang.grassroots.volunteer.opinion;

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

/** One step of an opinion's handling, dated when it happened, recorded apart. Never changed. */
@Entity
@Immutable
@Table(name = "opinion_step")
public class OpinionStep extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "opinion_id")
    public UUID opinionId;

    /** Null for the receipt itself. */
    @Enumerated(EnumType.STRING)
    public OpinionStatus.Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public OpinionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public OpinionStatus toStatus;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

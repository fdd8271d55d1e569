package cn.shenyang.grassroots.cadre.reserve;

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

/** One row of a cadre's history; appended, never changed. */
@Entity
@Table(name = "reserve_cadre_transition")
public class CadreTransition extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public Stage.Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    public Stage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    public Stage toStage;

    /** The day the step happened, as the caller entered it (default the day it was recorded); rules and statistics use it. */
    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    public String reason;

    @Column(name = "evidence_ref")
    public String evidenceRef;
}

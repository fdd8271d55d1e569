package cn.shenyang.grassroots.cadre.outcome;

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

/** One election of a cadre into a village committee; the first is the ELECT step out of the pool. Never changed. */
@Entity
@Table(name = "reserve_cadre_election")
public class Election extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public Committee committee;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String note;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

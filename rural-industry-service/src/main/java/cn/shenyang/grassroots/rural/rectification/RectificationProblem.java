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

/** One problem of a case with its one countermeasure and owner ("one problem, one countermeasure"). */
@Entity
@Table(name = "rectification_problem")
public class RectificationProblem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "rectification_id")
    public UUID rectificationId;

    @Enumerated(EnumType.STRING)
    public WeaknessCategory category;

    public String description;

    public String countermeasure;

    public String owner;

    @Column(name = "raised_on")
    public LocalDate raisedOn;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public String resolution;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

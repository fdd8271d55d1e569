package cn.shenyang.grassroots.volunteer.compound;

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

/** One grade a compound held from the day it was given; the first row is its first grading. Never changed. */
@Entity
@Immutable
@Table(name = "compound_grade_change")
public class CompoundGradeChange extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "compound_id")
    public UUID compoundId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_grade")
    public PropertyServiceGrade fromGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_grade")
    public PropertyServiceGrade toGrade;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

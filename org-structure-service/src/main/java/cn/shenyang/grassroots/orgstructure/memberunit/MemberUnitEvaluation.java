package cn.shenyang.grassroots.orgstructure.memberunit;

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

/** One evaluation vote of a year, in one direction, with its tally and result. */
@Entity
@Table(name = "member_unit_evaluation")
public class MemberUnitEvaluation extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "member_unit_id")
    public UUID memberUnitId;

    public int year;

    @Enumerated(EnumType.STRING)
    public Evaluation.Direction direction;

    @Column(name = "voted_on")
    public LocalDate votedOn;

    public int excellent;

    public int competent;

    public int basic;

    public int incompetent;

    @Enumerated(EnumType.STRING)
    public Evaluation result;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

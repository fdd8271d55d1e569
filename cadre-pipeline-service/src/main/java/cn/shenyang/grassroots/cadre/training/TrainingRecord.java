package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a reserve cadre's "1+1+x" training ledger; it counts toward the year it starts in. */
@Entity
@Table(name = "training_record")
public class TrainingRecord extends Audited {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public TrainingKind kind;

    public String title;

    public String provider;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public BigDecimal hours;
}

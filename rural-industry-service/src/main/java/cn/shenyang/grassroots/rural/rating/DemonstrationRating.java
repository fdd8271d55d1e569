package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A village's or township's demonstration rating for one year; every change is kept as a {@link RatingChange}. */
@Entity
@Table(name = "demonstration_rating")
public class DemonstrationRating extends Audited {
    @Id
    public UUID id;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public int year;

    @Enumerated(EnumType.STRING)
    public DemonstrationLevel rating;

    /** The day the rating was decided. */
    @Column(name = "rated_on")
    public LocalDate ratedOn;

    @Column(name = "evidence_ref")
    public String evidenceRef;
}

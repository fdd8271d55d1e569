package cn.shenyang.grassroots.rural.rating;

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

/** A rating as it was set or changed; appended, never changed. */
@Entity
@Table(name = "demonstration_rating_change")
public class RatingChange extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "rating_id")
    public UUID ratingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_rating")
    public DemonstrationLevel fromRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_rating")
    public DemonstrationLevel toRating;

    @Column(name = "rated_on")
    public LocalDate ratedOn;

    public String reason;

    @Column(name = "evidence_ref")
    public String evidenceRef;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer's sign-up for an activity, or a walk-in's check-in without one. */
@Entity
@Table(name = "activity_participation")
public class Participation extends Audited {
    @Id
    public UUID id;

    @Column(name = "activity_id")
    public UUID activityId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "walk_in")
    public boolean walkIn;

    @Column(name = "signed_up_at")
    public OffsetDateTime signedUpAt;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    public ParticipationStatus status() {
        if (cancelledAt != null) {
            return ParticipationStatus.CANCELLED;
        }
        return checkedInAt != null ? ParticipationStatus.CHECKED_IN : ParticipationStatus.SIGNED_UP;
    }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A service activity or fair; written by {@link ActivityService}, its sign-up count by {@link SignUpService} only. */
@Entity
@Table(name = "service_activity")
public class ServiceActivity extends Audited {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ActivityKind kind;

    public String title;

    @Enumerated(EnumType.STRING)
    public ServiceTheme theme;

    @Column(name = "organizer_team_id")
    public UUID organizerTeamId;

    /** The organising unit, or the organising team's unit: what scopes the activity. */
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public String place;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    /** Places for sign-ups; null for no limit. */
    public Integer capacity;

    /** Live sign-ups, moved only by SignUpService's conditional update; never written from the entity. */
    @Column(name = "signed_up", insertable = false, updatable = false)
    public int signedUp;

    @Enumerated(EnumType.STRING)
    public ActivityStatus status;

    @Column(name = "cancel_reason")
    public String cancelReason;
}

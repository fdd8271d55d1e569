package cn.shenyang.grassroots.volunteer.team;

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

/** One level a team held, from the day it happened; the first row is the founding level. Never changed. */
@Entity
@Immutable
@Table(name = "team_level_change")
public class TeamLevelChange extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public TeamLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public TeamLevel toLevel;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    public String reason;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

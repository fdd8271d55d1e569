package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer team, professional organisation or district specialty squad; written by {@link TeamService}. */
@Entity
@Table(name = "volunteer_team")
public class VolunteerTeam extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKind kind;

    @Enumerated(EnumType.STRING)
    public TeamLevel level;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "leader_volunteer_id")
    public UUID leaderVolunteerId;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    /** The day the team reached its current level (its founding, or the latest level change). */
    @Column(name = "level_since")
    public LocalDate levelSince;

    public String description;
}

package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer's membership of a team from the day they joined to the day they left (open while current). */
@Entity
@Table(name = "team_membership")
public class TeamMembership extends Audited {
    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "volunteer_id")
    public UUID volunteerId;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "leave_reason")
    public String leaveReason;
}

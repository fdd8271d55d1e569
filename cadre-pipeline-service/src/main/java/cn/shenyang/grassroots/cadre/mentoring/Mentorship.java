package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A township or village mentor assigned to a reserve cadre; current while {@code endsOn} is empty. */
@Entity
@Table(name = "mentorship")
public class Mentorship extends Audited {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Enumerated(EnumType.STRING)
    public MentorLevel level;

    @Column(name = "mentor_name")
    public String mentorName;

    @Column(name = "mentor_position")
    public String mentorPosition;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}

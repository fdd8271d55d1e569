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

/** One heart-to-heart talk with a reserve cadre. */
@Entity
@Table(name = "talk_record")
public class TalkRecord extends Audited {
    @Id
    public UUID id;

    @Column(name = "cadre_id")
    public UUID cadreId;

    @Column(name = "mentorship_id")
    public UUID mentorshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "talker_role")
    public TalkerRole talkerRole;

    @Column(name = "talker_name")
    public String talkerName;

    @Column(name = "held_on")
    public LocalDate heldOn;

    public String summary;
}

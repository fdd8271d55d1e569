package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A decision taken at a tripartite meeting and where its follow-up stands. */
@Entity
@Table(name = "tripartite_decision")
public class TripartiteDecision extends Audited {
    @Id
    public UUID id;

    @Column(name = "meeting_id")
    public UUID meetingId;

    public int seq;

    public String content;

    @Enumerated(EnumType.STRING)
    @Column(name = "responsible_party")
    public TripartiteParty responsibleParty;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public FollowUpStatus status;

    /** The day the decision reached its status (the meeting's day, then each follow-up's). */
    @Column(name = "status_on")
    public LocalDate statusOn;
}

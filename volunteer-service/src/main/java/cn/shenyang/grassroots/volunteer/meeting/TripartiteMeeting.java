package cn.shenyang.grassroots.volunteer.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A meeting of community, property company and owners' committee, as held; its topics are rows of tripartite_topic. */
@Entity
@Immutable
@Table(name = "tripartite_meeting")
public class TripartiteMeeting extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "compound_id")
    public UUID compoundId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "community_attendee")
    public String communityAttendee;

    @Column(name = "company_attendee")
    public String companyAttendee;

    @Column(name = "committee_attendee")
    public String committeeAttendee;

    @Column(name = "minutes_ref")
    public String minutesRef;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
}

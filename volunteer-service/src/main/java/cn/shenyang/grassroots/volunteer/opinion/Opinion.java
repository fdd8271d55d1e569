package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An opinion raised with the representatives and where its handling stands; written by {@link OpinionService}. */
@Entity
@Table(name = "opinion")
public class Opinion extends Audited {
    @Id
    public UUID id;

    @Column(name = "studio_id")
    public UUID studioId;

    @Enumerated(EnumType.STRING)
    public OpinionChannel channel;

    @Column(name = "open_day_id")
    public UUID openDayId;

    @Enumerated(EnumType.STRING)
    public OpinionCategory category;

    @Column(name = "raised_by_name")
    public String raisedByName;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    @Column(name = "raised_by_phone")
    public String raisedByPhone;

    public String content;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public OpinionStatus status;

    /** The day of the latest step (receipt, then each action). */
    @Column(name = "status_on")
    public LocalDate statusOn;

    @Column(name = "assigned_representative_id")
    public UUID assignedRepresentativeId;

    @Column(name = "coordination_note")
    public String coordinationNote;

    public String resolution;

    @Column(name = "proposal_number")
    public String proposalNumber;

    @Column(name = "decline_reason")
    public String declineReason;

    public String reply;

    @Column(name = "replied_on")
    public LocalDate repliedOn;
}

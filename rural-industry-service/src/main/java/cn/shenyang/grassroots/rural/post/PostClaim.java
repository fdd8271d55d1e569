package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A party member's claim of a post in a village for a year, with the commitment made and how it ended. */
@Entity
@Table(name = "post_claim")
public class PostClaim extends Audited {
    @Id
    public UUID id;

    @Column(name = "village_id")
    public UUID villageId;

    /** The year of the claim: the year of claimedOn. */
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_type")
    public PostType postType;

    @Column(name = "member_name")
    public String memberName;

    /** Personal data: masked in views for callers who may not read it, never logged. */
    @Column(name = "member_id_number")
    public String memberIdNumber;

    /** A mobile party member (流动党员), counted apart. */
    public boolean mobile;

    public String commitment;

    @Column(name = "claimed_on")
    public LocalDate claimedOn;

    @Enumerated(EnumType.STRING)
    public PostClaimStatus status;

    @Column(name = "status_on")
    public LocalDate statusOn;

    @Enumerated(EnumType.STRING)
    public PostEvaluation evaluation;

    /** The evaluation's remarks or the reason for a release. */
    @Column(name = "status_note")
    public String statusNote;
}

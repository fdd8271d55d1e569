package cn.shenyang.grassroots.volunteer.ownerscommittee;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A compound's owners' committee (业主委员会) and its party presence; one per compound. */
@Entity
@Table(name = "owners_committee")
public class OwnersCommittee extends Audited {
    @Id
    public UUID id;

    @Column(name = "compound_id")
    public UUID compoundId;

    public String name;

    @Column(name = "chair_name")
    public String chairName;

    @Column(name = "term_starts_on")
    public LocalDate termStartsOn;

    @Column(name = "term_ends_on")
    public LocalDate termEndsOn;

    @Column(name = "member_count")
    public int memberCount;

    @Column(name = "party_member_count")
    public int partyMemberCount;

    @Column(name = "has_party_organization")
    public boolean hasPartyOrganization;
}

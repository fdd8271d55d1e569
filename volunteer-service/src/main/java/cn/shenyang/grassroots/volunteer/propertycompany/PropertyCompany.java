package cn.shenyang.grassroots.volunteer.propertycompany;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A property-service company and its party presence (one of the three parties of "3+N" red property). */
@Entity
@Table(name = "property_company")
public class PropertyCompany extends Audited {
    @Id
    public UUID id;

    public String name;

    @Column(name = "credit_code")
    public String creditCode;

    /** The unit that registered the company: it and everything below it may link compounds to it. */
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "has_party_organization")
    public boolean hasPartyOrganization;

    @Column(name = "party_organization_name")
    public String partyOrganizationName;

    @Column(name = "party_member_count")
    public int partyMemberCount;
}

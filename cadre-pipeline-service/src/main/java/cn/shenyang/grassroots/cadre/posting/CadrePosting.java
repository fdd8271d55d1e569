package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A cadre sent down to work at a sub-district (or township), under its working committee. */
@Entity
@Table(name = "cadre_posting")
public class CadrePosting extends Audited {
    @Id
    public UUID id;

    @Column(name = "person_name")
    public String personName;

    /** Personal data: masked in views, never logged. */
    @Column(name = "id_number")
    public String idNumber;

    /** Personal data, as above. */
    public String phone;

    @Enumerated(EnumType.STRING)
    public PostingSource source;

    @Enumerated(EnumType.STRING)
    public CadreRank rank;

    @Column(name = "from_unit")
    public String fromUnit;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "managing_committee")
    public String managingCommittee;

    public String post;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}

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

/** A cadre sent down to work at a sub-district (or township), under its party working committee. */
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

    /** Where the cadre works: a sub-district or township, or a community or village below one. */
    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    /** The township-level unit at or above the destination, whose party (working) committee manages the cadre. */
    @Column(name = "managing_unit_id")
    public UUID managingUnitId;

    public String post;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;
}

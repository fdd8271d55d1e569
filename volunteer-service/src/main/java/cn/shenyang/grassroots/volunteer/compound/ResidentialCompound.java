package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A residential compound (小区) under a community, with its property-service grade; written by {@link CompoundService}. */
@Entity
@Table(name = "residential_compound")
public class ResidentialCompound extends Audited {
    @Id
    public UUID id;

    public String name;

    @Column(name = "community_id")
    public UUID communityId;

    public String address;

    public int households;

    @Enumerated(EnumType.STRING)
    public PropertyServiceGrade grade;

    /** The day the compound was given its current grade. */
    @Column(name = "grade_since")
    public LocalDate gradeSince;

    @Column(name = "property_company_id")
    public UUID propertyCompanyId;
}

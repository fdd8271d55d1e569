package cn.shenyang.grassroots.orgstructure.responsibility;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A leader, department or agency responsible for a unit (包保) from one day to another. */
@Entity
@Table(name = "responsibility_assignment")
public class ResponsibilityAssignment extends Audited {
    @Id
    public UUID id;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "org_unit_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String orgUnitPath;

    @Enumerated(EnumType.STRING)
    public ResponsibilityKind kind;

    @Column(name = "person_name")
    public String personName;

    @Column(name = "person_post")
    public String personPost;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "agency_name")
    public String agencyName;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}

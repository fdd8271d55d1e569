package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A district-level department (区直单位). Only {@link DepartmentService} writes it. */
@Entity
@Table(name = "department")
public class Department extends Audited {
    @Id
    public UUID id;

    public String name;

    @Column(name = "district_id")
    public UUID districtId;

    @Column(name = "district_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String districtPath;

    @Enumerated(EnumType.STRING)
    public DepartmentKind kind;

    @Column(name = "liaison_name")
    public String liaisonName;

    @Column(name = "liaison_phone")
    public String liaisonPhone;
}

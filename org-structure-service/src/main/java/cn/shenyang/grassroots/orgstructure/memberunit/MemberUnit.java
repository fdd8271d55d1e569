package cn.shenyang.grassroots.orgstructure.memberunit;

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

/** A unit stationed in a sub-district on its big working committee (大工委). Only {@link MemberUnitService} writes it. */
@Entity
@Table(name = "member_unit")
public class MemberUnit extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public MemberUnitKind kind;

    @Column(name = "subdistrict_id")
    public UUID subdistrictId;

    @Column(name = "subdistrict_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String subdistrictPath;

    @Column(name = "head_name")
    public String headName;

    @Column(name = "joined_on")
    public LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    public MemberUnitStatus status;
}

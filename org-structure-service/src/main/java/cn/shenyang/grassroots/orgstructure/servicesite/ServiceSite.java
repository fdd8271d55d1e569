package cn.shenyang.grassroots.orgstructure.servicesite;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A party-and-masses service site run by an org unit; its level is its unit's. */
@Entity
@Table(name = "service_site")
public class ServiceSite extends Audited {
    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public ServiceSiteKind kind;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    @Column(name = "org_unit_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String orgUnitPath;

    public String address;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "opening_hours")
    public String openingHours;
}

package cn.shenyang.grassroots.orgstructure.pairing;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A department paired with a community from one day to another (both inclusive; no end: still active). */
@Entity
@Table(name = "pairing")
public class Pairing extends Audited {
    @Id
    public UUID id;

    @Column(name = "department_id")
    public UUID departmentId;

    @Column(name = "community_id")
    public UUID communityId;

    @Column(name = "community_path", columnDefinition = "ltree")
    @ColumnTransformer(write = "cast(? as ltree)")
    public String communityPath;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}

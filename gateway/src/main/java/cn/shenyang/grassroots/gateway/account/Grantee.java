package cn.shenyang.grassroots.gateway.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What accounts (people) and integration clients (scripts) share: the roles and the org unit a
 * token is granted for, whether it may log in at all, and who changed it when.
 */
@MappedSuperclass
public abstract class Grantee extends PanacheEntityBase {
    @Id
    public UUID id;

    /** Comma-separated role names, see {@link RoleSet}. */
    public String roles;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public boolean enabled;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}

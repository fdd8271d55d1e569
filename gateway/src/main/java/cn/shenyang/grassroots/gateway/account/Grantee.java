package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.List;
import java.util.UUID;

/**
 * What accounts (people) and integration clients (scripts) share: the roles and the org unit a
 * token is granted for, whether it may log in at all, and who changed it when.
 */
@MappedSuperclass
public abstract class Grantee extends Audited {
    @Id
    public UUID id;

    /** Comma-separated role names, see {@link RoleSet}. */
    public String roles;

    @Column(name = "org_unit_id")
    public UUID orgUnitId;

    public boolean enabled;

    /** What a token for this holder will carry, and whether one may be issued at all. */
    public void grant(List<String> roleNames, UUID orgUnit, boolean isEnabled) {
        roles = RoleSet.join(roleNames);
        orgUnitId = orgUnit;
        enabled = isEnabled;
    }
}

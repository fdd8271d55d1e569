package cn.shenyang.grassroots.gateway.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** A person who logs in with a user name and password. Only {@link AccountService} writes it. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {
    @Id
    public UUID id;

    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** bcrypt; never leaves this entity. */
    @Column(name = "password_hash")
    public String passwordHash;

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

    public static Optional<Account> byUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }
}

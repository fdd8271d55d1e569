package cn.shenyang.grassroots.gateway.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;

/** A person who logs in with a user name and password. Only {@link AccountService} writes it. */
@Entity
@Table(name = "account")
public class Account extends Grantee {
    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** For a DEPARTMENT_LIAISON: the department (in org-structure-service) the person answers for. */
    @Column(name = "department_id")
    public UUID departmentId;

    /** bcrypt; never leaves this entity. */
    @Column(name = "password_hash")
    public String passwordHash;

    public static Optional<Account> byUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }
}

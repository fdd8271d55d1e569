package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.gateway.auth.Passwords;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The rules for accounts, and the only writer of {@link Account}. */
@ApplicationScoped
public class AccountService {
    @Inject
    Grants grants;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    Clock clock;

    @Transactional
    public Account create(AccountRequests.CreateAccount request) {
        List<String> roles = grants.validRoles(request.roles());
        grants.requireMayGrant(roles);
        grants.requireScope(request.orgUnitId(), roles);
        return create(request.username(), request.displayName(), request.password(), roles, request.orgUnitId(),
                request.enabled() == null || request.enabled(), caller.name());
    }

    /** Also used by the bootstrap, which has no caller. */
    @Transactional
    public Account create(String username, String displayName, String password, List<String> roles, UUID orgUnitId,
            boolean enabled, String actor) {
        if (Account.byUsername(username).isPresent()) {
            throw ProblemException.conflict("User name '" + username + "' is already taken");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.username = username.strip();
        a.displayName = displayName;
        a.passwordHash = passwords.hash(password);
        a.roles = RoleSet.join(roles);
        a.orgUnitId = orgUnitId;
        a.enabled = enabled;
        a.createdAt = now;
        a.createdBy = actor;
        a.updatedAt = now;
        a.updatedBy = actor;
        a.persist();
        return a;
    }

    @Transactional
    public Account update(UUID id, String ifMatch, AccountRequests.UpdateAccount request) {
        Account a = requireManageable(id);
        Versions.requireMatch(ifMatch, a.version);
        List<String> roles = grants.validRoles(request.roles());
        grants.requireMayGrant(roles);
        grants.requireScope(request.orgUnitId(), roles);
        if (a.username.equalsIgnoreCase(caller.name()) && !request.enabled()) {
            throw ProblemException.conflict("You cannot disable your own account");
        }
        a.displayName = request.displayName();
        a.roles = RoleSet.join(roles);
        a.orgUnitId = request.orgUnitId();
        a.enabled = request.enabled();
        touch(a);
        return a;
    }

    @Transactional
    public Account resetPassword(UUID id, String ifMatch, String password) {
        Account a = requireManageable(id);
        Versions.requireMatch(ifMatch, a.version);
        a.passwordHash = passwords.hash(password);
        touch(a);
        return a;
    }

    /** The account, or 404 when it does not exist or is bound outside the caller's subtree. */
    public Account require(UUID id) {
        Account a = Account.findById(id);
        if (a == null || !grants.mayView(a.orgUnitId)) {
            throw ProblemException.notFound("Account", id);
        }
        return a;
    }

    private Account requireManageable(UUID id) {
        Account a = require(id);
        grants.requireMayManage(RoleSet.split(a.roles));
        return a;
    }

    private void touch(Account a) {
        a.updatedAt = OffsetDateTime.now(clock);
        a.updatedBy = caller.name();
    }
}

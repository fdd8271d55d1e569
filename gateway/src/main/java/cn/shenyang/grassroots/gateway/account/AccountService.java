package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.gateway.auth.Passwords;
import cn.shenyang.grassroots.gateway.auth.Sessions;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The rules for accounts, and the only writer of {@link Account}. */
@ApplicationScoped
public class AccountService implements CurrentVersion {
    @Inject
    Grants grants;

    @Inject
    Caller caller;

    @Inject
    Passwords passwords;

    @Inject
    Sessions sessions;

    @Inject
    Clock clock;

    @Transactional
    public Account create(AccountRequests.CreateAccount request) {
        List<String> roles = grants.grantable(request.roles(), request.orgUnitId());
        Account a = create(request.username(), request.displayName(), request.password(), roles, request.orgUnitId(),
                request.enabled() == null || request.enabled(), caller.name());
        a.departmentId = department(roles, request.departmentId());
        return a;
    }

    /** Also used by the bootstrap, which has no caller. */
    @Transactional
    public Account create(String username, String displayName, String password, List<String> roles, UUID orgUnitId,
            boolean enabled, String actor) {
        if (Account.byUsername(username).isPresent()) {
            throw ProblemException.conflict("User name '" + username + "' is already taken");
        }
        Account a = new Account();
        a.id = UUID.randomUUID();
        a.username = username.strip();
        a.displayName = displayName;
        a.passwordHash = passwords.hash(password);
        a.grant(roles, orgUnitId, enabled);
        a.created(actor, clock);
        a.persist();
        return a;
    }

    @Transactional
    public Account update(UUID id, String ifMatch, AccountRequests.UpdateAccount request) {
        Account a = requireManageable(id);
        Versions.requireMatch(ifMatch, a.version);
        List<String> roles = grants.grantable(request.roles(), request.orgUnitId());
        if (a.username.equalsIgnoreCase(caller.name()) && !request.enabled()) {
            throw ProblemException.conflict("You cannot disable your own account");
        }
        boolean narrowed = !request.enabled() || !roles.equals(RoleSet.split(a.roles))
                || !java.util.Objects.equals(request.orgUnitId(), a.orgUnitId);
        a.displayName = request.displayName();
        a.grant(roles, request.orgUnitId(), request.enabled());
        a.departmentId = department(roles, request.departmentId());
        a.touched(caller.name(), clock);
        if (narrowed) {
            // a refresh would pick up the new grant anyway; ending the sessions also stops a disabled account at once
            sessions.revokeAll(a.username);
        }
        return a;
    }

    @Transactional
    public Account resetPassword(UUID id, String ifMatch, String password) {
        Account a = requireManageable(id);
        Versions.requireMatch(ifMatch, a.version);
        a.passwordHash = passwords.hash(password);
        a.touched(caller.name(), clock);
        sessions.revokeAll(a.username); // whoever knew the old password is signed out
        return a;
    }

    /** Signs an account out everywhere (every device's refresh token stops working). */
    @Transactional
    public void revokeSessions(UUID id) {
        sessions.revokeAll(requireManageable(id).username);
    }

    /** A liaison answers for one department; no other role has one. */
    private static UUID department(List<String> roles, UUID departmentId) {
        boolean liaison = roles.contains(Roles.DEPARTMENT_LIAISON);
        if (liaison && departmentId == null) {
            throw ProblemException.invalid("departmentId", "is required for a DEPARTMENT_LIAISON account");
        }
        if (!liaison && departmentId != null) {
            throw ProblemException.invalid("departmentId", "only a DEPARTMENT_LIAISON account belongs to a department");
        }
        return departmentId;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The account, or 404 when it does not exist or is bound outside the caller's subtree. */
    public Account require(UUID id) {
        return grants.requireVisible(Account.<Account>findById(id), "Account", id);
    }

    private Account requireManageable(UUID id) {
        return grants.requireManageable(Account.<Account>findById(id), "Account", id);
    }
}

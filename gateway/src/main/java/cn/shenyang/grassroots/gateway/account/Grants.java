package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who may hand out which roles where, for accounts and integration clients alike: never a role
 * above the caller's own, and only inside the caller's subtree (an ORG_MANAGER manages their
 * own branch of the organisation, nothing beside or above it).
 */
@RequestScoped
public class Grants {
    @Inject
    Caller caller;

    @Inject
    OrgReplica replica;

    /** The roles, in rank order, once they pass every check below for a holder bound to {@code orgUnitId}. */
    public List<String> grantable(List<String> roles, UUID orgUnitId) {
        List<String> valid = validRoles(roles);
        requireMayGrant(valid);
        requireScope(orgUnitId, valid);
        return valid;
    }

    /** The holder when the caller may see it (else 404 naming {@code what}, as if it did not exist). */
    public <G extends Grantee> G requireVisible(G holder, String what, UUID id) {
        if (holder == null || !mayView(holder.orgUnitId)) {
            throw ProblemException.notFound(what, id);
        }
        return holder;
    }

    /** Same, and the caller may also change it (else 403). */
    public <G extends Grantee> G requireManageable(G holder, String what, UUID id) {
        requireMayManage(RoleSet.split(requireVisible(holder, what, id).roles));
        return holder;
    }

    /** 400 for an empty or unknown role; the roles in rank order otherwise. */
    private List<String> validRoles(List<String> roles) {
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (!RoleSet.known(roles.get(i))) {
                violations.add(new Problem.Violation("roles[" + i + "]",
                        "'" + roles.get(i) + "' is not one of " + String.join(", ", Roles.BY_RANK)));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return RoleSet.sorted(roles);
    }

    /** 403 when any of the roles ranks above the caller's strongest role. */
    private void requireMayGrant(List<String> roles) {
        int mine = RoleSet.strongest(callerRoles());
        for (String role : roles) {
            if (RoleSet.rank(role) < mine) {
                throw ProblemException.forbidden("You cannot grant " + role + ": it is above your own role");
            }
        }
    }

    /**
     * Checks the org unit an account or client is bound to: required unless its roles may see the
     * whole tree, and inside the caller's subtree. An unknown unit and one outside the caller's
     * subtree get the same answer, so existence is not leaked.
     */
    private void requireScope(UUID orgUnitId, List<String> roles) {
        if (orgUnitId == null) {
            if (!RoleSet.mayBeUnscoped(roles)) {
                throw ProblemException.invalid("orgUnitId", "is required for roles other than ADMIN and INTEGRATION");
            }
            if (!caller.unrestricted()) {
                throw ProblemException.forbidden("Only a caller who sees the whole tree can grant whole-tree access");
            }
            return;
        }
        String path = replica.pathOf(orgUnitId).orElse(null);
        if (path == null || !caller.covers(path)) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + orgUnitId + " exists");
        }
    }

    /** True when the caller may see a holder bound to this unit. */
    private boolean mayView(UUID orgUnitId) {
        if (caller.unrestricted()) {
            return true;
        }
        return orgUnitId != null && replica.pathOf(orgUnitId).map(caller::covers).orElse(false);
    }

    /** 403 when the holder currently has a role above the caller's: their access is not the caller's to change. */
    private void requireMayManage(List<String> currentRoles) {
        if (RoleSet.strongest(currentRoles) < RoleSet.strongest(callerRoles())) {
            throw ProblemException.forbidden("You cannot change an account or client whose role is above your own");
        }
    }

    private List<String> callerRoles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).toList();
    }
}

package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sees a whistle and in which part they take part. Callers of the org tree see the whistles of
 * communities in their subtree; a department's liaison sees only the whistles ever sent to their
 * department (the token's {@code departmentId}), wherever the community lies.
 */
@ApplicationScoped
public class WhistleScope {
    @Inject
    Caller caller;

    @Inject
    JsonWebToken jwt;

    /** The department a liaison answers for, from the token; null for anyone else. */
    public UUID liaisonDepartment() {
        if (!caller.hasRole(Roles.DEPARTMENT_LIAISON)) {
            return null;
        }
        String id = jwt == null ? null : jwt.getClaim(Claims.DEPARTMENT_ID);
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** True when the tree roles give nothing: the caller sees only through their department. */
    private boolean onlyLiaison() {
        return !(caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ORG_MANAGER) || caller.hasRole(Roles.VIEWER)
                || caller.hasRole(Roles.INTEGRATION));
    }

    public boolean sees(Whistle w) {
        if (!onlyLiaison() && caller.covers(w.communityPath)) {
            return true;
        }
        UUID department = liaisonDepartment();
        return department != null && WhistleAssignment.count("whistleId = ?1 and departmentId = ?2", w.id, department) > 0;
    }

    /** Whether the caller sees every whistle of the subtree at {@code path} through the tree roles. */
    public boolean seesWholeSubtree(String path) {
        return !onlyLiaison() && caller.covers(path);
    }

    private static final String SENT_HERE =
            "exists (select 1 from whistle_assignment a where a.whistle_id = w.id and a.department_id = ?)";
    private static final String IN_TREE = "w.community_path <@ cast(? as ltree)";

    /** The same test in SQL, on a whistle table aliased {@code w}. */
    public Where restrict(Where where) {
        UUID department = liaisonDepartment();
        String scope = onlyLiaison() ? null : caller.scopePath();
        if (!onlyLiaison() && caller.unrestricted()) {
            return where;
        }
        if (scope == null) {
            return department == null ? where.and("false") : where.and(SENT_HERE, department);
        }
        return department == null ? where.and(IN_TREE, scope)
                : where.and("(" + IN_TREE + " or " + SENT_HERE + ")", scope, department);
    }

    /**
     * The department the caller acts for in a department step: a liaison's own, or the one an ADMIN
     * names; null when the caller acts for none.
     */
    public UUID actingDepartment(UUID named) {
        UUID own = liaisonDepartment();
        if (own != null) {
            if (named != null && !named.equals(own)) {
                throw ProblemException.invalid("departmentId", "you act for your own department " + own + " only");
            }
            return own;
        }
        if (named != null && !caller.hasRole(Roles.ADMIN)) {
            throw ProblemException.invalid("departmentId", "only a department's liaison or an ADMIN acts for a department");
        }
        return named;
    }

    /** The parts the caller plays in this whistle, acting for {@code assignment}'s department (null: none). */
    public Set<WhistleStatus.Party> parties(Whistle w, WhistleAssignment assignment) {
        Set<WhistleStatus.Party> parties = EnumSet.noneOf(WhistleStatus.Party.class);
        boolean manager = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ORG_MANAGER);
        if (manager && caller.covers(w.communityPath)) {
            parties.add(WhistleStatus.Party.COMMUNITY);
        }
        if (manager && caller.covers(w.subdistrictPath())) {
            parties.add(WhistleStatus.Party.SUBDISTRICT);
        }
        if (assignment != null && assignment.active) {
            parties.add(WhistleStatus.Party.DEPARTMENT);
            if (assignment.role == WhistleAssignment.Role.LEAD) {
                parties.add(WhistleStatus.Party.LEAD_DEPARTMENT);
            }
        }
        return parties;
    }
}

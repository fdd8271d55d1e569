package cn.shenyang.grassroots.platform.security;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.sql.Where;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which part of the organisation graph they may see. Every read and write is
 * limited to the subtree under the token's {@code orgPath}; only ADMIN and INTEGRATION tokens
 * without an org scope see the whole tree, and any other token without one sees nothing.
 */
@RequestScoped
public class Caller {
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public String name() {
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity != null && identity.hasRole(role);
    }

    /** The caller's subtree path, or null when the caller sees the whole tree. */
    public String scopePath() {
        String path = jwt == null ? null : jwt.getClaim(Claims.ORG_PATH);
        return path == null || path.isBlank() ? null : path;
    }

    public boolean unrestricted() {
        return scopePath() == null && (hasRole(Roles.ADMIN) || hasRole(Roles.INTEGRATION));
    }

    /** True when {@code path} is the caller's scope root or lies below it. */
    public boolean covers(String path) {
        if (unrestricted()) {
            return true;
        }
        String scope = scopePath();
        return scope != null && path != null && (path.equals(scope) || path.startsWith(scope + "."));
    }

    /** 404 (not 403) for anything outside the caller's subtree, so its existence is not leaked. */
    public void requireCovers(String path, String what, Object id) {
        if (!covers(path)) {
            throw ProblemException.notFound(what, id);
        }
    }

    /**
     * Adds the scope filter on an ltree column to a where clause under construction: nothing for
     * the whole tree, {@code false} for a token that carries no scope.
     */
    public Where restrict(Where where, String pathColumn) {
        if (unrestricted()) {
            return where;
        }
        String scope = scopePath();
        return scope == null ? where.and("false") : where.and(pathColumn + " <@ cast(? as ltree)", scope);
    }

    /** Personal data (phone, ID number) shown unmasked only to roles whose work needs it. */
    public boolean mayReadPersonalData() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.ORG_MANAGER);
    }
}

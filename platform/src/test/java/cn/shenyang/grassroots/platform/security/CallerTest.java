package cn.shenyang.grassroots.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.sql.Where;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller caller(String role, String orgPath) {
        Caller c = new Caller();
        c.identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("someone")).addRole(role).build();
        Map<String, Object> claims = orgPath == null ? Map.of() : Map.of(Claims.ORG_PATH, orgPath);
        c.jwt = new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
        return c;
    }

    @Test
    void aScopedCallerCoversItsSubtreeOnly() {
        Caller c = caller(Roles.ORG_MANAGER, "1.17");
        assertTrue(c.covers("1.17"));
        assertTrue(c.covers("1.17.402"));
        assertFalse(c.covers("1.170"), "a sibling whose number starts alike is not below");
        assertFalse(c.covers("1"));
        assertFalse(c.covers(null));
        assertFalse(c.unrestricted());
        assertEquals(404, assertThrows(ProblemException.class, () -> c.requireCovers("1.2", "Org unit", "x")).status());
    }

    @Test
    void onlyAdminAndIntegrationWithoutScopeSeeTheWholeTree() {
        assertTrue(caller(Roles.ADMIN, null).unrestricted());
        assertTrue(caller(Roles.INTEGRATION, null).unrestricted());
        assertFalse(caller(Roles.ADMIN, "1").unrestricted());
        Caller viewer = caller(Roles.VIEWER, null);
        assertFalse(viewer.unrestricted());
        assertFalse(viewer.covers("1"), "a scoped role without a scope sees nothing");
    }

    @Test
    void restrictAddsTheScopeFilter() {
        assertEquals(" where true", caller(Roles.ADMIN, null).restrict(new Where(), "u.path").sql());
        assertEquals(" where true and u.path <@ cast(?1 as ltree)", caller(Roles.VIEWER, "1.17").restrict(new Where(), "u.path").sql());
        assertEquals(" where true and false", caller(Roles.VIEWER, null).restrict(new Where(), "u.path").sql());
    }

    @Test
    void personalDataIsForAdminsAndManagers() {
        assertTrue(caller(Roles.ADMIN, null).mayReadPersonalData());
        assertTrue(caller(Roles.ORG_MANAGER, "1").mayReadPersonalData());
        assertFalse(caller(Roles.VIEWER, "1").mayReadPersonalData());
        assertFalse(caller(Roles.INTEGRATION, null).mayReadPersonalData());
    }
}

package cn.shenyang.grassroots.volunteer.support;

import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One statement that finds a record only when its org unit lies in the caller's subtree. Each
 * feature's lookup passes its own query, whose {@code ?1} is the id and {@code ?2} the scope path.
 */
@ApplicationScoped
public class ScopedFind {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public <E> Optional<E> find(String sql, Class<E> type, UUID id) {
        String scope = Scopes.of(caller);
        if (scope == null || id == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<E> found = em.createNativeQuery(sql, type).setParameter(1, id).setParameter(2, scope).getResultList();
        return found.stream().findFirst();
    }
}

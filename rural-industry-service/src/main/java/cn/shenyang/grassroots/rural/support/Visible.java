package cn.shenyang.grassroots.rural.support;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a record by id within the caller's subtree, in one statement: the record's org unit must
 * lie under the caller's scope. A record the caller cannot see answers exactly like one that does
 * not exist (404), so its existence is not leaked.
 */
@ApplicationScoped
public class Visible {
    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** A table of this service and the column naming the org unit each of its rows belongs to. */
    public record Kind<E>(String what, String table, String unitColumn, Class<E> type) {}

    public <E> E require(Kind<E> kind, UUID id) {
        return find(kind, id).orElseThrow(() -> ProblemException.notFound(kind.what(), id));
    }

    public <E> Optional<E> find(Kind<E> kind, UUID id) {
        String scope = Scopes.of(caller);
        if (scope == null || id == null) {
            return Optional.empty();
        }
        // table and column are constants of the Kind, never the caller's input
        @SuppressWarnings("unchecked")
        List<E> found = em.createNativeQuery("select x.* from " + kind.table() + " x join org_unit_replica u on u.id = x."
                + kind.unitColumn() + " where x.id = ?1 and u.path <@ cast(?2 as ltree)", kind.type())
                .setParameter(1, id).setParameter(2, scope).getResultList();
        return found.stream().findFirst();
    }
}

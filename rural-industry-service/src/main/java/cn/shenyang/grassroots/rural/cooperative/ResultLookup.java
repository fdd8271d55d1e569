package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** A cooperative's yearly result, when the cooperative lies in the caller's subtree (404 otherwise). */
@ApplicationScoped
public class ResultLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select r.* from cooperative_result r join cooperative c on c.id = r.cooperative_id
              join org_unit_replica u on u.id = c.village_id
            where r.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public CooperativeResult require(UUID id) {
        String scope = Scopes.of(caller);
        @SuppressWarnings("unchecked")
        List<CooperativeResult> found = scope == null ? List.of()
                : em.createNativeQuery(VISIBLE, CooperativeResult.class).setParameter(1, id).setParameter(2, scope)
                        .getResultList();
        return found.stream().findFirst().orElseThrow(() -> ProblemException.notFound("Cooperative result", id));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.EventLoopReads;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.platform.sql.Where;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a reserve cadre for the features that hang records on one (objections, outcomes,
 * training, mentoring, practice), always within the caller's subtree: a cadre the caller cannot
 * see answers exactly like one that does not exist.
 */
@ApplicationScoped
public class CadreLookup implements CurrentVersion {
    /** One statement: the cadre, if its village lies in the scope ?2. */
    private static final String VISIBLE = """
            select c.* from reserve_cadre c join org_unit_replica u on u.id = c.village_id
            where c.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    EventLoopReads reads;

    /** The cadre, or 404 when it does not exist or its village lies outside the caller's subtree. */
    public ReserveCadre require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Reserve cadre", id));
    }

    /**
     * The cadre as the caller sees it, or 404 as {@link #require}: one statement on the event loop,
     * with no entity to load (Hibernate's load of one cadre cost more than the request's HTTP) and
     * no worker thread to hand the request to and back.
     */
    public Uni<ReserveCadreView> view(UUID id, boolean personalData) {
        Where where = caller.restrict(new Where().and("c.id = ?", id), "u.path");
        String from = caller.unrestricted() ? " from reserve_cadre c"
                : " from reserve_cadre c join org_unit_replica u on u.id = c.village_id";
        return reads.rows(where, "select " + ReserveCadreView.COLUMNS + from + where.sql(),
                row -> ReserveCadreView.of(row, personalData)).map(found -> {
                    if (found.isEmpty()) {
                        throw ProblemException.notFound("Reserve cadre", id);
                    }
                    return found.get(0);
                });
    }

    /** True when the cadre exists and lies inside the caller's subtree (for records that hang on a cadre). */
    public boolean visible(UUID id) {
        return find(id).isPresent();
    }

    /** A cadre named in a request body: 400 naming {@code field} when unknown or outside the caller's subtree. */
    public ReserveCadre requireField(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.invalid(field, "no reserve cadre " + id + " exists"));
    }

    /** The same, and the cadre must be in the reserve pool (training, mentoring and practice are for them). */
    public ReserveCadre requireInPoolField(UUID id, String field, String what) {
        ReserveCadre c = requireField(id, field);
        requireInPool(c, what);
        return c;
    }

    private Optional<ReserveCadre> find(UUID id) {
        String scope = Scopes.of(caller);
        if (scope == null) {
            return Optional.empty();
        }
        if (scope.equals(Scopes.WHOLE_TREE)) {
            // Every village lies in the whole tree: loaded by id, since Hibernate resolves a native
            // query's entity mapping on every run, which cost more than the read itself.
            return Optional.ofNullable(em.find(ReserveCadre.class, id));
        }
        @SuppressWarnings("unchecked")
        List<ReserveCadre> found = em.createNativeQuery(VISIBLE, ReserveCadre.class).setParameter(1, id)
                .setParameter(2, scope).getResultList();
        return found.stream().findFirst();
    }

    /** 409 unless the cadre is in the reserve pool. */
    public static void requireInPool(ReserveCadre c, String what) {
        if (c.stage != Stage.IN_RESERVE) {
            throw ProblemException.conflict(what + " are recorded for cadres in the reserve pool; " + c.name
                    + " is in stage " + c.stage);
        }
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

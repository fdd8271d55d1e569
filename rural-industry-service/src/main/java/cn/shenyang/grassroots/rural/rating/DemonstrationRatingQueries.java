package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/** Reads of ratings, limited to the caller's subtree, and their counts per year, aggregated in PostgreSQL. */
@ApplicationScoped
public class DemonstrationRatingQueries {
    private static final Map<String, String> SORTS = Map.of("year", "d.year", "rating", "d.rating",
            "ratedOn", "d.rated_on", "updatedAt", "d.updated_at");

    /**
     * ?1 the subtree's path, ?2 the year: active villages and township-level units of the subtree,
     * and the ratings of the year of every unit in it, by rating.
     */
    private static final String COUNTS = """
            select (select count(*) from org_unit_replica u
                    where u.path <@ cast(?1 as ltree) and u.level = 'VILLAGE' and u.status = 'ACTIVE'),
                   (select count(*) from org_unit_replica u
                    where u.path <@ cast(?1 as ltree) and u.level in ('SUBDISTRICT', 'TOWN', 'TOWNSHIP', 'OTHER_TOWNSHIP_LEVEL')
                      and u.status = 'ACTIVE'),
                   count(*) filter (where d.rating in ('BASIC', 'UPGRADED', 'DEMONSTRATION')),
                   count(*) filter (where d.rating = 'BASIC'),
                   count(*) filter (where d.rating = 'UPGRADED'),
                   count(*) filter (where d.rating = 'DEMONSTRATION'),
                   count(*) filter (where d.rating = 'WHOLE_TOWNSHIP_DEMONSTRATION')
            from demonstration_rating d join org_unit_replica u on u.id = d.org_unit_id
            where d.year = ?2 and u.path <@ cast(?1 as ltree)""";

    public record Filter(UUID orgUnitId, UUID unitId, Integer year, DemonstrationLevel rating, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    RatingLookup ratings;

    public Page<DemonstrationRating> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.unitId(), "d.org_unit_id = ?").andIf(f.year(), "d.year = ?").andIf(f.rating(), "d.rating = ?");
        caller.restrict(w, "u.path");
        return w.page(em, "d.*", "demonstration_rating d join org_unit_replica u on u.id = d.org_unit_id",
                Where.orderBy(f.sort(), SORTS, "d.year desc, u.name", "d.id"), page, DemonstrationRating.class);
    }

    public Page<RatingChange> changes(UUID id, PageRequest page) {
        ratings.require(id);
        return new Where().and("c.rating_id = ?", id).page(em, "c.*", "demonstration_rating_change c", "c.seq", page,
                RatingChange.class);
    }

    public DemonstrationRatingView.Counts counts(UUID orgUnitId, int year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        Object[] r = (Object[]) em.createNativeQuery(COUNTS).setParameter(1, unit.path()).setParameter(2, year)
                .getSingleResult();
        return new DemonstrationRatingView.Counts(unit.id(), unit.name(), year, n(r[0]), n(r[2]), n(r[3]), n(r[4]),
                n(r[5]), n(r[1]), n(r[6]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}

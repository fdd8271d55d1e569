package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of post claims within the caller's subtree, and their counts per year, in PostgreSQL. */
@ApplicationScoped
public class PostClaimQueries {
    private static final Map<String, String> SORTS = Map.of("claimedOn", "c.claimed_on", "memberName", "c.member_name",
            "postType", "c.post_type", "status", "c.status", "updatedAt", "c.updated_at");

    /**
     * ?1 the subtree's path, ?2 the year: the year's claims of the subtree's villages in total (post
     * type null) and by post type, with their fulfilment records.
     */
    private static final String COUNTS = """
            with c as (
              select c.*, (select count(*) from post_fulfilment f where f.claim_id = c.id) as records
              from post_claim c join org_unit_replica u on u.id = c.village_id
              where u.path <@ cast(?1 as ltree) and c.year = ?2)
            select c.post_type,
                   count(*),
                   count(*) filter (where not c.mobile),
                   count(*) filter (where c.mobile),
                   count(distinct coalesce(c.member_id_number, cast(c.id as text))),
                   count(distinct coalesce(c.member_id_number, cast(c.id as text))) filter (where c.mobile),
                   coalesce(sum(c.records), 0),
                   count(*) filter (where c.status = 'EVALUATED'),
                   count(*) filter (where c.evaluation = 'EXCELLENT'),
                   count(*) filter (where c.status = 'RELEASED')
            from c
            group by grouping sets ((), (c.post_type))
            order by c.post_type nulls first""";

    public record Filter(UUID orgUnitId, Integer year, PostType postType, Boolean mobile, PostClaimStatus status,
            String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PostClaimLookup claims;

    public Page<PostClaim> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.year(), "c.year = ?").andIf(f.postType(), "c.post_type = ?").andIf(f.mobile(), "c.mobile = ?")
                .andIf(f.status(), "c.status = ?");
        caller.restrict(w, "u.path");
        return w.page(em, "c.*", "post_claim c join org_unit_replica u on u.id = c.village_id",
                Where.orderBy(f.sort(), SORTS, "c.claimed_on desc", "c.id"), page, PostClaim.class);
    }

    public Page<PostFulfilment> fulfilment(UUID id, PageRequest page) {
        claims.require(id);
        return new Where().and("f.claim_id = ?", id).page(em, "f.*", "post_fulfilment f", "f.occurred_on, f.recorded_at",
                page, PostFulfilment.class);
    }

    @SuppressWarnings("unchecked")
    public PostClaimView.Counts counts(UUID orgUnitId, int year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        List<Object[]> rows = em.createNativeQuery(COUNTS).setParameter(1, unit.path()).setParameter(2, year)
                .getResultList();
        Map<PostType, Object[]> byType = new EnumMap<>(PostType.class);
        Object[] total = null;
        for (Object[] r : rows) {
            if (r[0] == null) {
                total = r;
            } else {
                byType.put(PostType.valueOf((String) r[0]), r);
            }
        }
        List<PostClaimView.TypeCounts> types = new ArrayList<>();
        for (PostType t : PostType.values()) {
            Object[] r = byType.get(t);
            types.add(r == null ? new PostClaimView.TypeCounts(t, 0, 0, 0, 0)
                    : new PostClaimView.TypeCounts(t, n(r[1]), n(r[3]), n(r[7]), n(r[8])));
        }
        return new PostClaimView.Counts(unit.id(), unit.name(), year, n(total[1]), n(total[2]), n(total[3]), n(total[4]),
                n(total[5]), n(total[6]), n(total[7]), n(total[8]), n(total[9]), types);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}

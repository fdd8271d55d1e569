package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and counts of cadre postings, over the replica subtree. */
@ApplicationScoped
public class CadrePostingQueries {
    private static final String FROM = "cadre_posting x join org_unit_replica u on u.id = x.org_unit_id";

    public record Filter(UUID orgUnitId, PostingSource source, CadreRank rank, LocalDate activeOn, String q) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<CadrePosting> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.source(), "x.source = ?").andIf(f.rank(), "x.rank = ?");
        if (f.activeOn() != null) {
            w.and("x.starts_on <= ? and (x.ends_on is null or x.ends_on >= ?)", f.activeOn(), f.activeOn());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("(x.person_name ilike ? or x.from_unit ilike ?)", Where.contains(f.q()), Where.contains(f.q()));
        }
        caller.restrict(w, "u.path");
        return w.page(em, "x.*", FROM, "x.starts_on desc", page, CadrePosting.class);
    }

    /** Postings running on {@code activeOn} under the unit, by source, by rank and by receiving unit. */
    public CadrePostingView.Counts counts(UUID orgUnitId, LocalDate activeOn) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        String where = " where u.path <@ cast(?1 as ltree) and x.starts_on <= ?2 and (x.ends_on is null or x.ends_on >= ?2)";
        Map<PostingSource, Long> bySource = new EnumMap<>(PostingSource.class);
        long total = 0;
        for (Object[] r : rows("select x.source, count(*) from " + FROM + where + " group by x.source", unit, activeOn)) {
            long n = ((Number) r[1]).longValue();
            bySource.put(PostingSource.valueOf((String) r[0]), n);
            total += n;
        }
        Map<CadreRank, Long> byRank = new EnumMap<>(CadreRank.class);
        for (Object[] r : rows("select x.rank, count(*) from " + FROM + where + " group by x.rank", unit, activeOn)) {
            byRank.put(CadreRank.valueOf((String) r[0]), ((Number) r[1]).longValue());
        }
        List<CadrePostingView.UnitCount> byUnit = new ArrayList<>();
        for (Object[] r : rows("select u.id, u.name, count(*) from " + FROM + where + " group by u.id, u.name order by u.name",
                unit, activeOn)) {
            byUnit.add(new CadrePostingView.UnitCount((UUID) r[0], (String) r[1], ((Number) r[2]).longValue()));
        }
        return new CadrePostingView.Counts(unit.id(), activeOn, total, bySource, byRank, byUnit);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReplicaUnit unit, LocalDate activeOn) {
        return em.createNativeQuery(sql).setParameter(1, unit.path()).setParameter(2, activeOn).getResultList();
    }
}

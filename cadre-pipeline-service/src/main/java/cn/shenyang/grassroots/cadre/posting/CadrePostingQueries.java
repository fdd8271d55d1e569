package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads and counts of cadre postings, over the replica subtree of their destinations. */
@ApplicationScoped
public class CadrePostingQueries {
    private static final String FROM = "cadre_posting x join org_unit_replica u on u.id = x.org_unit_id";

    /**
     * Intake and running postings in one pass, grouped by grouping sets: the whole subtree, origin,
     * rank, managing unit, managing unit by origin. Column 1 names the grouping.
     * ?1 scope path, ?2 intake year, ?3 the day postings are running on.
     */
    private static final String COUNTS = """
            select case when grouping(x.managing_unit_id) = 0 and grouping(x.source) = 0 then 'UNIT_SOURCE'
                        when grouping(x.managing_unit_id) = 0 then 'UNIT'
                        when grouping(x.source) = 0 then 'SOURCE'
                        when grouping(x.rank) = 0 then 'RANK' else 'TOTAL' end,
                   x.managing_unit_id, m.name, x.source, x.rank,
                   count(*) filter (where x.starts_on between make_date(?2, 1, 1) and make_date(?2, 12, 31)),
                   count(*) filter (where x.starts_on <= ?3 and (x.ends_on is null or x.ends_on >= ?3))
            from cadre_posting x join org_unit_replica u on u.id = x.org_unit_id
            left join org_unit_replica m on m.id = x.managing_unit_id
            where u.path <@ cast(?1 as ltree)
            group by grouping sets ((), (x.source), (x.rank), (x.managing_unit_id, m.name),
                                    (x.managing_unit_id, m.name, x.source))
            order by 1, 3, 2, 4""";

    /** The units at and above a path, deepest first. ?1 the path. */
    private static final String ANCESTORS = """
            select a.id, a.level from org_unit_replica a where cast(?1 as ltree) <@ a.path order by nlevel(a.path) desc""";

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

    /** Postings started in {@code year} and postings running on {@code activeOn}, under the unit. */
    @SuppressWarnings("unchecked")
    public CadrePostingView.Counts counts(UUID orgUnitId, int year, LocalDate activeOn) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        Tallies intake = new Tallies();
        Tallies running = new Tallies();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(COUNTS).setParameter(1, unit.path())
                .setParameter(2, year).setParameter(3, activeOn).getResultList()) {
            intake.add(r, ((Number) r[5]).longValue());
            running.add(r, ((Number) r[6]).longValue());
        }
        return new CadrePostingView.Counts(unit.id(), year, activeOn, intake.tally(), running.tally());
    }

    /** The township-level unit at or above {@code path}, if any. */
    @SuppressWarnings("unchecked")
    public Optional<UUID> townshipLevelAt(String path) {
        return ((List<Object[]>) em.createNativeQuery(ANCESTORS).setParameter(1, path).getResultList()).stream()
                .filter(r -> OrgLevels.TOWNSHIP_TIER.contains((String) r[1])).map(r -> (UUID) r[0]).findFirst();
    }

    /** One way of counting, filled row by row from COUNTS. */
    private static final class Tallies {
        long total;
        final Map<PostingSource, Long> bySource = new EnumMap<>(PostingSource.class);
        final Map<CadreRank, Long> byRank = new EnumMap<>(CadreRank.class);
        final Map<UUID, String> names = new LinkedHashMap<>();
        final Map<UUID, Long> unitTotals = new LinkedHashMap<>();
        final Map<UUID, Map<PostingSource, Long>> unitSources = new LinkedHashMap<>();

        void add(Object[] r, long n) {
            if (n == 0) {
                return;
            }
            UUID unit = (UUID) r[1];
            switch ((String) r[0]) {
                case "TOTAL" -> total = n;
                case "SOURCE" -> bySource.put(PostingSource.valueOf((String) r[3]), n);
                case "RANK" -> byRank.put(CadreRank.valueOf((String) r[4]), n);
                case "UNIT" -> {
                    names.put(unit, (String) r[2]);
                    unitTotals.put(unit, n);
                }
                default -> unitSources.computeIfAbsent(unit, u -> new EnumMap<>(PostingSource.class))
                        .put(PostingSource.valueOf((String) r[3]), n);
            }
        }

        CadrePostingView.Tally tally() {
            List<CadrePostingView.UnitTally> byUnit = new ArrayList<>();
            unitTotals.forEach((unit, n) -> byUnit.add(new CadrePostingView.UnitTally(unit, names.get(unit), n,
                    unitSources.getOrDefault(unit, Map.of()))));
            return new CadrePostingView.Tally(total, bySource, byRank, byUnit);
        }
    }
}

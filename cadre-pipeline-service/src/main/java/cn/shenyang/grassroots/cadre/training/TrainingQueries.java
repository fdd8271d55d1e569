package cn.shenyang.grassroots.cadre.training;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and totals of the training ledger, summed in PostgreSQL. */
@ApplicationScoped
public class TrainingQueries {
    private static final String FROM = "training_record x join reserve_cadre c on c.id = x.cadre_id"
            + " join org_unit_replica u on u.id = c.village_id";
    private static final Map<String, String> SORTS = Map.of("startsOn", "x.starts_on", "hours", "x.hours",
            "kind", "x.kind", "createdAt", "x.created_at");

    public record Filter(UUID cadreId, UUID orgUnitId, TrainingKind kind, Integer year, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CadreLookup cadres;

    public Page<TrainingRecord> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.cadreId(), "x.cadre_id = ?").andIf(f.kind(), "x.kind = ?")
                .andIf(f.year(), "extract(year from x.starts_on) = ?");
        caller.restrict(w, "u.path");
        return w.page(em, "x.*", FROM, Where.orderBy(f.sort(), SORTS, "x.starts_on desc", "x.id"), page,
                TrainingRecord.class);
    }

    public TrainingView.CadreTotals cadreTotals(UUID cadreId) {
        cadres.require(cadreId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select cast(extract(year from starts_on) as int), kind, count(*), sum(hours)
                from training_record where cadre_id = ?1 group by 1, 2 order by 1, 2""")
                .setParameter(1, cadreId).getResultList();
        Map<Integer, List<TrainingView.KindTotal>> years = new LinkedHashMap<>();
        Map<TrainingKind, long[]> sessionsByKind = new LinkedHashMap<>();
        Map<TrainingKind, BigDecimal> hoursByKind = new LinkedHashMap<>();
        for (Object[] r : rows) {
            TrainingKind kind = TrainingKind.valueOf((String) r[1]);
            long n = ((Number) r[2]).longValue();
            BigDecimal h = (BigDecimal) r[3];
            years.computeIfAbsent(((Number) r[0]).intValue(), y -> new ArrayList<>())
                    .add(new TrainingView.KindTotal(kind, kind.track(), n, h));
            sessionsByKind.computeIfAbsent(kind, k -> new long[1])[0] += n;
            hoursByKind.merge(kind, h, BigDecimal::add);
        }
        List<TrainingView.KindTotal> byKind = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            if (sessionsByKind.containsKey(k)) {
                byKind.add(new TrainingView.KindTotal(k, k.track(), sessionsByKind.get(k)[0], hoursByKind.get(k)));
            }
        }
        List<TrainingView.YearTotal> byYear = years.entrySet().stream().map(e -> new TrainingView.YearTotal(e.getKey(),
                e.getValue().stream().mapToLong(TrainingView.KindTotal::sessions).sum(),
                e.getValue().stream().map(TrainingView.KindTotal::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
                e.getValue())).toList();
        return new TrainingView.CadreTotals(cadreId, byKind.stream().mapToLong(TrainingView.KindTotal::sessions).sum(),
                byKind.stream().map(TrainingView.KindTotal::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
                byKind, byYear);
    }

    public TrainingView.ScopeTotals scopeTotals(UUID orgUnitId, int year) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select x.kind, count(*), sum(x.hours) from training_record x
                join reserve_cadre c on c.id = x.cadre_id join org_unit_replica u on u.id = c.village_id
                where u.path <@ cast(?1 as ltree) and x.starts_on >= make_date(?2, 1, 1) and x.starts_on < make_date(?2 + 1, 1, 1)
                group by x.kind""")
                .setParameter(1, unit.path()).setParameter(2, year).getResultList();
        Object[] cadresRow = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where rotation > 0 and directed > 0 and x > 0) from (
                  select x.cadre_id,
                         count(*) filter (where x.kind = 'TOWNSHIP_ROTATION') as rotation,
                         count(*) filter (where x.kind = 'VILLAGE_DIRECTED') as directed,
                         count(*) filter (where x.kind not in ('TOWNSHIP_ROTATION', 'VILLAGE_DIRECTED')) as x
                  from training_record x join reserve_cadre c on c.id = x.cadre_id
                  join org_unit_replica u on u.id = c.village_id
                  where u.path <@ cast(?1 as ltree) and x.starts_on >= make_date(?2, 1, 1) and x.starts_on < make_date(?2 + 1, 1, 1)
                  group by x.cadre_id) per_cadre""")
                .setParameter(1, unit.path()).setParameter(2, year).getSingleResult();
        Map<TrainingKind, Object[]> byKindRow = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byKindRow.put(TrainingKind.valueOf((String) r[0]), r);
        }
        List<TrainingView.KindTotal> byKind = new ArrayList<>();
        for (TrainingKind k : TrainingKind.values()) {
            Object[] r = byKindRow.get(k);
            byKind.add(new TrainingView.KindTotal(k, k.track(), r == null ? 0 : ((Number) r[1]).longValue(),
                    r == null ? BigDecimal.ZERO.setScale(1) : (BigDecimal) r[2]));
        }
        return new TrainingView.ScopeTotals(unit.id(), year, ((Number) cadresRow[0]).longValue(),
                byKind.stream().mapToLong(TrainingView.KindTotal::sessions).sum(),
                byKind.stream().map(TrainingView.KindTotal::hours).reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add),
                ((Number) cadresRow[1]).longValue(), byKind);
    }
}

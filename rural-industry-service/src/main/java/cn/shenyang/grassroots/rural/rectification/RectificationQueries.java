package cn.shenyang.grassroots.rural.rectification;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/** Reads of rectification cases within the caller's subtree, and their counts per year, in PostgreSQL. */
@ApplicationScoped
public class RectificationQueries {
    private static final Map<String, String> SORTS = Map.of("identifiedOn", "r.identified_on", "year", "r.year",
            "status", "r.status", "statusOn", "r.status_on", "updatedAt", "r.updated_at");

    /**
     * ?1 the subtree's path, ?2 the year's first day, ?3 the period's end (the year's last day or
     * today): the cases of the subtree's villages, counted by the days their steps and problems are dated.
     */
    private static final String COUNTS = """
            with c as (
              select r.* from rectification r join org_unit_replica u on u.id = r.village_id
              where u.path <@ cast(?1 as ltree))
            select count(*) filter (where c.identified_on between ?2 and ?3),
                   count(*) filter (where exists (select 1 from rectification_step s where s.rectification_id = c.id
                                                  and s.action = 'CLOSE_OUT' and s.occurred_on between ?2 and ?3)),
                   count(*) filter (where c.identified_on <= ?3
                                    and (select s.action from rectification_step s
                                         where s.rectification_id = c.id and s.occurred_on <= ?3
                                         order by s.occurred_on desc, s.seq desc limit 1) <> 'CLOSE_OUT'),
                   count(*) filter (where c.identified_on between ?2 and ?3 and c.city_leader_assignment_id is not null
                                    and c.township_leader_assignment_id is not null
                                    and c.first_secretary_assignment_id is not null
                                    and c.paired_agency_assignment_id is not null),
                   (select count(*) from rectification_problem p join c on c.id = p.rectification_id
                    where p.raised_on between ?2 and ?3),
                   (select count(*) from rectification_problem p join c on c.id = p.rectification_id
                    where p.resolved_on between ?2 and ?3)
            from c""";

    public record Filter(UUID orgUnitId, Integer year, RectificationStatus status, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    RectificationLookup cases;

    public Page<RectificationView> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.year(), "r.year = ?").andIf(f.status(), "r.status = ?");
        caller.restrict(w, "u.path");
        Page<Rectification> found = w.page(em, "r.*", "rectification r join org_unit_replica u on u.id = r.village_id",
                Where.orderBy(f.sort(), SORTS, "r.identified_on desc", "r.id"), page, Rectification.class);
        Map<UUID, List<RectificationProblem>> problems = problems(found.items().stream().map(r -> r.id).toList());
        return found.map(r -> RectificationView.of(r, problems.getOrDefault(r.id, List.of())));
    }

    public RectificationView view(Rectification r) {
        return RectificationView.of(r, problems(List.of(r.id)).getOrDefault(r.id, List.of()));
    }

    private Map<UUID, List<RectificationProblem>> problems(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from RectificationProblem p where p.rectificationId in ?1 order by p.raisedOn, p.recordedAt, p.id",
                RectificationProblem.class).setParameter(1, ids).setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream().collect(Collectors.groupingBy(p -> p.rectificationId));
    }

    public Page<RectificationNote> notes(UUID id, PageRequest page) {
        cases.require(id);
        return new Where().and("n.rectification_id = ?", id).page(em, "n.*", "rectification_note n",
                "n.noted_on, n.recorded_at", page, RectificationNote.class);
    }

    public Page<RectificationStep> history(UUID id, PageRequest page) {
        cases.require(id);
        return new Where().and("s.rectification_id = ?", id).page(em, "s.*", "rectification_step s",
                "s.occurred_on, s.seq", page, RectificationStep.class);
    }

    public RectificationView.Counts counts(UUID orgUnitId, int year, LocalDate today) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31).isBefore(today) ? LocalDate.of(year, 12, 31) : today;
        Object[] r = (Object[]) em.createNativeQuery(COUNTS).setParameter(1, unit.path()).setParameter(2, start)
                .setParameter(3, end).getSingleResult();
        return new RectificationView.Counts(unit.id(), unit.name(), year, end, n(r[0]), n(r[1]), n(r[2]), n(r[3]),
                n(r[4]), n(r[5]));
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}

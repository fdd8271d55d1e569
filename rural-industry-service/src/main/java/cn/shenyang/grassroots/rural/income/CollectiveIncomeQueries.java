package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;

/** Reads of returns, always limited to the caller's subtree through the village's replica path. */
@ApplicationScoped
public class CollectiveIncomeQueries {
    private static final Map<String, String> SORTS = Map.of(
            "year", "i.year", "total", "i.current_total", "status", "i.status", "statusOn", "i.status_on",
            "createdAt", "i.created_at", "updatedAt", "i.updated_at");

    /** The current revisions of a page of returns, in one statement. */
    private static final String CURRENT = """
            select r from IncomeRevision r, CollectiveIncome i
            where i.id = r.incomeId and r.revision = i.currentRevision and i.id in ?1""";

    public record Filter(UUID orgUnitId, Integer year, IncomeReviewStatus status, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    IncomeLookup incomes;

    public Page<CollectiveIncomeView> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            ReplicaUnit unit = orgUnits.requireField(f.orgUnitId(), "orgUnitId");
            w.and("u.path <@ cast(? as ltree)", unit.path());
        }
        w.andIf(f.year(), "i.year = ?").andIf(f.status(), "i.status = ?");
        caller.restrict(w, "u.path");
        Page<CollectiveIncome> found = w.page(em, "i.*", "collective_income i join org_unit_replica u on u.id = i.village_id",
                Where.orderBy(f.sort(), SORTS, "i.year desc, i.village_id", "i.id"), page, CollectiveIncome.class);
        Map<UUID, IncomeRevision> current = current(found.items().stream().map(i -> i.id).toList());
        return found.map(i -> CollectiveIncomeView.of(i, current.get(i.id)));
    }

    public CollectiveIncomeView view(CollectiveIncome c) {
        return CollectiveIncomeView.of(c, current(List.of(c.id)).get(c.id));
    }

    private Map<UUID, IncomeRevision> current(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<IncomeRevision> revisions = em.createQuery(CURRENT, IncomeRevision.class).setParameter(1, ids)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return revisions.stream().collect(Collectors.toMap(r -> r.incomeId, Function.identity()));
    }

    public Page<CollectiveIncomeView.RevisionView> revisions(UUID id, PageRequest page) {
        CollectiveIncome c = incomes.require(id);
        return new Where().and("r.income_id = ?", id).page(em, "r.*", "collective_income_revision r", "r.revision",
                page, IncomeRevision.class).map(r -> CollectiveIncomeView.RevisionView.of(r, c));
    }

    public Page<CollectiveIncomeView.StepView> history(UUID id, PageRequest page) {
        incomes.require(id);
        return new Where().and("s.income_id = ?", id).page(em, "s.*", "collective_income_step s", "s.occurred_on, s.seq",
                page, IncomeStep.class).map(CollectiveIncomeView.StepView::of);
    }
}

package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.department.Department;
import cn.shenyang.grassroots.orgstructure.department.DepartmentService;
import cn.shenyang.grassroots.orgstructure.department.DepartmentView;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.pairing.PairingQueries;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of whistles: lists (the overdue list among them), history, and the departments to dispatch to. */
@ApplicationScoped
public class WhistleQueries {
    private static final Map<String, String> SORTS = Map.of("raisedAt", "w.raised_at", "updatedAt", "w.updated_at",
            "checkInDeadline", "w.check_in_deadline", "resolveDeadline", "w.resolve_deadline");

    /** Open, with the lead's check-in or the resolution deadline passed at the bound time (twice). */
    static final String OVERDUE = "w.status in ('DISPATCHED', 'IN_PROGRESS') and ((w.status = 'DISPATCHED' and "
            + "w.check_in_deadline < ?) or w.resolve_deadline < ?)";

    public record Filter(UUID orgUnitId, UUID communityId, WhistleStatus status, UUID categoryId, UUID departmentId,
            Boolean overdue, Escalation escalation, OffsetDateTime raisedFrom, OffsetDateTime raisedTo, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    WhistleScope scope;

    @Inject
    WhistleService whistles;

    @Inject
    OrgUnitService units;

    @Inject
    DepartmentService departments;

    @Inject
    Caller caller;

    @Inject
    Today today;

    public Page<WhistleView> list(Filter f, PageRequest page) {
        Where where = new Where();
        OrgUnit root = null;
        if (f.orgUnitId() != null) {
            root = units.visibleOrNull(f.orgUnitId());
            if (root == null) {
                throw ProblemException.invalid("orgUnitId", "no org unit " + f.orgUnitId() + " exists");
            }
            where.and("w.community_path <@ cast(? as ltree)", root.path);
        }
        OffsetDateTime now = today.now();
        where.andIf(f.communityId(), "w.community_id = ?").andIf(f.status(), "w.status = ?")
                .andIf(f.categoryId(), "w.category_id = ?").andIf(f.escalation(), "w.escalation = ?")
                .andIf(f.departmentId(), "exists (select 1 from whistle_assignment d where d.whistle_id = w.id and d.department_id = ?)")
                .andIf(f.raisedFrom(), "w.raised_at >= ?").andIf(f.raisedTo(), "w.raised_at < ?");
        if (Boolean.TRUE.equals(f.overdue())) {
            where.and(OVERDUE, now, now);
        } else if (Boolean.FALSE.equals(f.overdue())) {
            where.and("not (" + OVERDUE + ")", now, now);
        }
        scope.restrict(where);
        String order = Where.orderBy(f.sort(), SORTS, Boolean.TRUE.equals(f.overdue()) ? "w.check_in_deadline" : "w.raised_at desc", "w.id");
        String rootPath = root == null ? null : root.path;
        Page<Whistle> found = where.page(em, "w.*", "whistle w", order, page, Whistle.class, () -> tallied(f, rootPath));
        Map<UUID, List<WhistleAssignment>> assignments = found.items().isEmpty() ? Map.of()
                : WhistleAssignment.<WhistleAssignment>list("whistleId in ?1 order by assignedAt, role desc, departmentId",
                        found.items().stream().map(w -> w.id).toList())
                        .stream().collect(Collectors.groupingBy(a -> a.whistleId));
        return found.map(w -> WhistleView.of(w, assignments.getOrDefault(w.id, List.of()), now));
    }

    /**
     * The subtree's whistles counted from the tallies (V8, kept with each change in the same
     * transaction) when the filters are ones they count by: counting 100,000 rows of a district took
     * 20 ms a page. Null when they are not, or when the caller does not see the whole subtree at
     * {@code rootPath} (the orgUnitId filter's unit; null without one).
     */
    private Long tallied(Filter f, String rootPath) {
        if (rootPath == null || f.communityId() != null || f.departmentId() != null || f.overdue() != null
                || f.escalation() != null || f.raisedFrom() != null || f.raisedTo() != null
                || !scope.seesWholeSubtree(rootPath)) {
            return null;
        }
        Where where = new Where().and("t.scope_path = cast(? as ltree)", rootPath)
                .andIf(f.status(), "t.status = ?").andIf(f.categoryId(), "t.category_id = ?");
        return ((Number) where.bind(em.createNativeQuery("select coalesce(sum(t.raised), 0) from whistle_tally t"
                + where.sql())).getSingleResult()).longValue();
    }

    public List<WhistleView.Step> history(UUID id) {
        Whistle w = whistles.require(id);
        return WhistleStep.<WhistleStep>list("whistleId = ?1 order by seq", w.id).stream().map(WhistleView.Step::of).toList();
    }

    /** The departments of the whistle's district the caller may see, those paired with its community today first. */
    public List<SuggestedDepartment> suggestedDepartments(UUID id) {
        Whistle w = whistles.require(id);
        Where where = new Where().and("d.district_path @> cast(? as ltree)", w.communityPath);
        departments.restrict(where, "d.district_path");
        @SuppressWarnings("unchecked")
        List<Department> found = where.bind(em.createNativeQuery("select d.* from department d" + where.sql()
                + " order by d.name, d.id", Department.class)).getResultList();
        LocalDate day = today.date();
        Where pairedToday = new Where().and("p.community_id = ?", w.communityId).and(PairingQueries.ACTIVE_ON, day, day);
        @SuppressWarnings("unchecked")
        Set<UUID> paired = Set.copyOf(pairedToday.bind(em.createNativeQuery(
                "select p.department_id from pairing p" + pairedToday.sql())).getResultList());
        boolean personal = caller.mayReadPersonalData();
        return found.stream().sorted(Comparator.comparing((Department d) -> !paired.contains(d.id)))
                .map(d -> new SuggestedDepartment(DepartmentView.of(d, personal), paired.contains(d.id))).toList();
    }

    public record SuggestedDepartment(DepartmentView department, boolean pairedWithCommunity) {}
}

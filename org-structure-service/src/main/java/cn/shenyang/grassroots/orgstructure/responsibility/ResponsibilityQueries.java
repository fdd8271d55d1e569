package cn.shenyang.grassroots.orgstructure.responsibility;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ResponsibilityQueries {
    private static final Map<String, String> SORTS = Map.of("validFrom", "a.valid_from", "kind", "a.kind");
    private static final String ACTIVE_ON = "a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)";

    public record Filter(UUID orgUnitId, ResponsibilityKind kind, UUID departmentId, LocalDate activeOn, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Today today;

    public Page<ResponsibilityRequests.View> list(Filter f, PageRequest page) {
        Where where = new Where();
        if (f.orgUnitId() != null) {
            where.and("a.org_unit_path <@ cast(? as ltree)", unit(f.orgUnitId()).path);
        }
        where.andIf(f.kind(), "a.kind = ?").andIf(f.departmentId(), "a.department_id = ?");
        if (f.activeOn() != null) {
            where.and(ACTIVE_ON, f.activeOn(), f.activeOn());
        }
        caller.restrict(where, "a.org_unit_path");
        return where.page(em, "a.*", "responsibility_assignment a", Where.orderBy(f.sort(), SORTS, "a.valid_from", "a.id"),
                page, ResponsibilityAssignment.class).map(ResponsibilityRequests.View::of);
    }

    /**
     * Active units of {@code level} under {@code orgUnitId} (inclusive) missing any of {@code kinds}
     * (default the four ones) on {@code on} (default today), each with the kinds it misses.
     */
    public Page<ResponsibilityRequests.CoverageGap> gaps(UUID orgUnitId, Level level, String kinds, LocalDate on,
            PageRequest page) {
        GapQuery q = gapQuery(orgUnitId, level, kinds, on);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.where().bind(em.createNativeQuery("select * from (select u.id, u.name, u.level, u.path, "
                + q.missing() + " as missing from org_unit u" + q.where().sql() + ") g where cardinality(g.missing) > 0"
                + " order by g.path limit " + page.size + " offset " + page.offset())).getResultList();
        List<ResponsibilityRequests.CoverageGap> items = rows.stream().map(r -> new ResponsibilityRequests.CoverageGap(
                (UUID) r[0], (String) r[1], (String) r[2], Arrays.stream((Object[]) r[4])
                        .map(k -> ResponsibilityKind.valueOf(k.toString())).toList())).toList();
        long total = items.size() < page.size && (page.page == 0 || !items.isEmpty()) ? (long) page.offset() + items.size()
                : count(q);
        return new Page<>(items, page.page, page.size, total);
    }

    /** How many units {@link #gaps} would list, without listing them. */
    public long countGaps(UUID orgUnitId, Level level, String kinds, LocalDate on) {
        return count(gapQuery(orgUnitId, level, kinds, on));
    }

    /** The filter of a coverage-gap query and the expression of the kinds each unit misses. */
    private record GapQuery(Where where, String missing) {}

    private GapQuery gapQuery(UUID orgUnitId, Level level, String kinds, LocalDate on) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        OrgUnit root = unit(orgUnitId);
        Set<ResponsibilityKind> asked = kinds(kinds);
        LocalDate day = on == null ? today.date() : on;
        Where where = new Where().and("u.path <@ cast(? as ltree)", root.path).and("u.status = 'ACTIVE'")
                .and("u.level = ?", (level == null ? Level.VILLAGE : level).name());
        String missing = "array(select k from unnest(cast(" + where.param(asked.stream().map(Enum::name).toArray(String[]::new))
                + " as varchar[])) k where not exists (select 1 from responsibility_assignment a where a.org_unit_id = u.id"
                + " and a.kind = k and a.valid_from <= " + where.param(day) + " and (a.valid_to is null or a.valid_to >= "
                + where.param(day) + ")) order by k)";
        return new GapQuery(where, missing);
    }

    private long count(GapQuery q) {
        return ((Number) q.where().bind(em.createNativeQuery("select count(*) from (select " + q.missing()
                + " as missing from org_unit u" + q.where().sql() + ") g where cardinality(g.missing) > 0"))
                .getSingleResult()).longValue();
    }

    private OrgUnit unit(UUID id) {
        OrgUnit unit = units.visibleOrNull(id);
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + id + " exists");
        }
        return unit;
    }

    private static Set<ResponsibilityKind> kinds(String kinds) {
        if (kinds == null || kinds.isBlank()) {
            return ResponsibilityKind.FOUR_ONES;
        }
        Set<ResponsibilityKind> set = EnumSet.noneOf(ResponsibilityKind.class);
        for (String k : kinds.split(",")) {
            try {
                set.add(ResponsibilityKind.valueOf(k.strip()));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("kinds", "'" + k.strip() + "' is not one of "
                        + Arrays.toString(ResponsibilityKind.values()));
            }
        }
        return set;
    }
}

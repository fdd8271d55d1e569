package cn.shenyang.grassroots.orgstructure.pairing;

import cn.shenyang.grassroots.orgstructure.department.Department;
import cn.shenyang.grassroots.orgstructure.department.DepartmentService;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.support.Rows;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads of pairings: lists, a department's communities, and the communities nobody is paired with. */
@ApplicationScoped
public class PairingQueries {
    private static final Map<String, String> SORTS = Map.of("validFrom", "valid_from", "createdAt", "created_at");

    /** A pairing condition that holds on the day bound to its placeholder. */
    public static final String ACTIVE_ON = "p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)";

    public record Filter(UUID departmentId, UUID communityId, LocalDate activeOn, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    DepartmentService departments;

    @Inject
    OrgUnitService units;

    @Inject
    Today today;

    public Page<PairingView> list(Filter f, PageRequest page) {
        Where where = new Where().andIf(f.departmentId(), "p.department_id = ?").andIf(f.communityId(), "p.community_id = ?");
        if (f.activeOn() != null) {
            where.and(ACTIVE_ON, f.activeOn(), f.activeOn());
        }
        caller.restrict(where, "p.community_path");
        return where.page(em, "p.*", "pairing p", Where.orderBy(f.sort(), SORTS, "p.valid_from", "p.id"), page,
                Pairing.class).map(PairingView::of);
    }

    /** The communities a department is paired with on {@code on} (default today), by name. */
    public List<PairedCommunity> communitiesOf(UUID departmentId, LocalDate on) {
        Department d = departments.require(departmentId);
        LocalDate day = on == null ? today.date() : on;
        Where where = new Where().and("p.department_id = ?", d.id).and(ACTIVE_ON, day, day);
        caller.restrict(where, "p.community_path");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("""
                select u.id, u.name, u.level, p.id as pairing_id, p.valid_from, p.valid_to
                from pairing p join org_unit u on u.id = p.community_id""" + where.sql() + " order by u.name, u.id"))
                .getResultList();
        return rows.stream().map(r -> new PairedCommunity((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                Rows.date(r[4]), Rows.date(r[5]))).toList();
    }

    /** Active communities under {@code orgUnitId} that no department is paired with on {@code on} (default today). */
    public Page<CoverageGap> gaps(UUID orgUnitId, LocalDate on, PageRequest page) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        OrgUnit root = units.visibleOrNull(orgUnitId);
        if (root == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + orgUnitId + " exists");
        }
        LocalDate day = on == null ? today.date() : on;
        Where where = new Where().and("u.path <@ cast(? as ltree)", root.path)
                .and("u.level = 'COMMUNITY' and u.status = 'ACTIVE'")
                .and("not exists (select 1 from pairing p where p.community_id = u.id and " + ACTIVE_ON + ")", day, day);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = where.bind(em.createNativeQuery("select u.id, u.name, u.parent_id, u.division_code, count(*) over ()"
                + " from org_unit u" + where.sql() + " order by u.path limit " + page.size + " offset " + page.offset()))
                .getResultList();
        List<CoverageGap> items = rows.stream()
                .map(r -> new CoverageGap((UUID) r[0], (String) r[1], (UUID) r[2], (String) r[3])).toList();
        long total = rows.isEmpty() ? (page.page == 0 ? 0 : countGaps(where)) : ((Number) rows.get(0)[4]).longValue();
        return new Page<>(items, page.page, page.size, total);
    }

    /** The pairing figures of the communities under {@code orgUnitId} on {@code on} (default today), in one query. */
    public PairingCounts counts(UUID orgUnitId, LocalDate on) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        OrgUnit root = units.visibleOrNull(orgUnitId);
        if (root == null) {
            throw ProblemException.notFound("Org unit", orgUnitId);
        }
        LocalDate day = on == null ? today.date() : on;
        Object[] r = (Object[]) em.createNativeQuery(COUNTS)
                .setParameter(1, root.path).setParameter(2, day).setParameter(3, day).getSingleResult();
        long communities = ((Number) r[0]).longValue();
        long paired = ((Number) r[1]).longValue();
        return new PairingCounts(orgUnitId, day, communities, paired, communities - paired, ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue());
    }

    /** Communities of the subtree, and the pairings active on the day among them. */
    private static final String COUNTS = """
            with community as (
                select u.id from org_unit u
                where u.path <@ cast(?1 as ltree) and u.level = 'COMMUNITY' and u.status = 'ACTIVE'),
            active as (
                select p.community_id, p.department_id from pairing p join community c on c.id = p.community_id
                where p.valid_from <= ?2 and (p.valid_to is null or p.valid_to >= ?3))
            select (select count(*) from community), (select count(distinct community_id) from active),
                   (select count(distinct department_id) from active), (select count(*) from active)""";

    private long countGaps(Where where) {
        return ((Number) where.bind(em.createNativeQuery("select count(*) from org_unit u" + where.sql()))
                .getSingleResult()).longValue();
    }

    public record PairedCommunity(UUID communityId, String name, String level, UUID pairingId, LocalDate validFrom,
            LocalDate validTo) {}

    /** A community with no active pairing. */
    @Schema(name = "PairingCoverageGap", description = "A community with no active pairing on the day")
    public record CoverageGap(UUID id, String name, UUID parentId, String divisionCode) {}
}

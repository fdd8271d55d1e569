package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of compounds with their party coverage, limited to the caller's subtree by community. */
@ApplicationScoped
public class CompoundQueries {
    private static final Map<String, String> SORTS = Map.of("name", "c.name", "households", "c.households",
            "gradeSince", "c.grade_since", "createdAt", "c.created_at");
    /** The company's and the committee's party presence for each compound of a page, in one statement. */
    private static final String COVERAGE = """
            select c.id, pc.has_party_organization, pc.party_member_count, oc.id, oc.has_party_organization,
                   oc.party_member_count
            from residential_compound c left join property_company pc on pc.id = c.property_company_id
            left join owners_committee oc on oc.compound_id = c.id
            where c.id in (?1)""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CompoundLookup compounds;

    public Page<CompoundView> list(UUID orgUnitId, PropertyServiceGrade grade, UUID propertyCompanyId, String q, String sort,
            PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        w.andIf(grade, "c.grade = ?").andIf(propertyCompanyId, "c.property_company_id = ?");
        if (q != null && !q.isBlank()) {
            w.and("c.name ilike ?", Where.contains(q));
        }
        caller.restrict(w, "u.path");
        Page<ResidentialCompound> found = w.page(em, "c.*",
                "residential_compound c join org_unit_replica u on u.id = c.community_id",
                Where.orderBy(sort, SORTS, "c.name", "c.id"), page, ResidentialCompound.class);
        Map<UUID, Object[]> coverage = coverage(found.items().stream().map(c -> c.id).toList());
        return found.map(c -> view(c, coverage.get(c.id)));
    }

    public CompoundView view(ResidentialCompound c) {
        return view(c, coverage(List.of(c.id)).get(c.id));
    }

    public Page<CompoundGradeChange> gradeHistory(UUID compoundId, PageRequest page) {
        compounds.require(compoundId);
        return new Where().and("g.compound_id = ?", compoundId)
                .page(em, "g.*", "compound_grade_change g", "g.occurred_on, g.seq", page, CompoundGradeChange.class);
    }

    private static CompoundView view(ResidentialCompound c, Object[] r) {
        Boolean companyOrg = r == null ? null : (Boolean) r[1];
        Integer companyMembers = r == null || r[2] == null ? null : ((Number) r[2]).intValue();
        UUID committee = r == null ? null : (UUID) r[3];
        Boolean committeeOrg = r == null ? null : (Boolean) r[4];
        Integer committeeMembers = r == null || r[5] == null ? null : ((Number) r[5]).intValue();
        boolean covered = Boolean.TRUE.equals(companyOrg) || Boolean.TRUE.equals(committeeOrg)
                || (companyMembers != null && companyMembers > 0) || (committeeMembers != null && committeeMembers > 0);
        return CompoundView.of(c, committee, new CompoundView.PartyCoverage(companyOrg, companyMembers, committeeOrg,
                committeeMembers, covered));
    }

    private Map<UUID, Object[]> coverage(List<UUID> ids) {
        Map<UUID, Object[]> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery(COVERAGE).setParameter(1, ids).getResultList();
        found.forEach(r -> rows.put((UUID) r[0], r));
        return rows;
    }
}

package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssessmentQueries {
    /** A year's assessments in a subtree in ranking order; ?1 subtree path, ?2 year. */
    private static final String RANKING = """
            select a.id, a.org_unit_id, u.name, a.secretary_name, a.total, a.vetoed, a.grade
            from assessment a join org_unit u on u.id = a.org_unit_id
            where a.org_unit_path <@ cast(?1 as ltree) and a.year = ?2
            order by a.vetoed, a.total desc, u.name, a.id""";

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    public List<AssessmentRequests.Rank> ranking(UUID orgUnitId, Integer year) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        OrgUnit root = units.visibleOrNull(orgUnitId);
        if (root == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + orgUnitId + " exists");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(RANKING).setParameter(1, root.path).setParameter(2, year).getResultList();
        List<AssessmentRequests.Rank> ranking = new ArrayList<>();
        for (Object[] r : rows) {
            ranking.add(new AssessmentRequests.Rank(ranking.size() + 1, (UUID) r[0], (UUID) r[1], (String) r[2],
                    (String) r[3], (BigDecimal) r[4], (Boolean) r[5], Grade.valueOf((String) r[6])));
        }
        return ranking;
    }

    public List<AssessmentRequests.Indicator> indicators(int year) {
        List<AssessmentIndicator> found = AssessmentIndicator.ofYear(year);
        if (found.isEmpty()) {
            throw ProblemException.notFound("Indicator set of", year);
        }
        return found.stream().map(i -> new AssessmentRequests.Indicator(i.code, i.name, i.weight, i.partyBuilding,
                i.passMark)).toList();
    }
}

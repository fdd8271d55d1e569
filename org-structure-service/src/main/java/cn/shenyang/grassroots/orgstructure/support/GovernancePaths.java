package cn.shenyang.grassroots.orgstructure.support;

import cn.shenyang.grassroots.orgstructure.orgunit.SubtreeMoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;

/**
 * Governance rows keep their unit's path beside them, so scope checks and subtree statistics are
 * path tests on one table; when a subtree moves, those paths follow in the same transaction.
 */
@ApplicationScoped
public class GovernancePaths {
    /** Every table and the path column it keeps. */
    private static final Map<String, String> PATHS = Map.of(
            "department", "district_path",
            "pairing", "community_path",
            "whistle", "community_path",
            "whistle_assignment", "community_path",
            "responsibility_assignment", "org_unit_path",
            "service_site", "org_unit_path",
            "assessment", "org_unit_path",
            "member_unit", "subdistrict_path");

    @Inject
    EntityManager em;

    void follow(@Observes SubtreeMoved move) {
        PATHS.forEach((table, column) -> em.createNativeQuery("""
                update %1$s set %2$s = case when %2$s = cast(?2 as ltree) then cast(?1 as ltree)
                                             else cast(?1 as ltree) || subpath(%2$s, nlevel(cast(?2 as ltree))) end
                where %2$s <@ cast(?2 as ltree)""".formatted(table, column))
                .setParameter(1, move.to()).setParameter(2, move.from()).executeUpdate());
    }
}

package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class MemberUnitQueries {
    private static final Map<String, String> SORTS = Map.of("name", "m.name", "joinedOn", "m.joined_on", "kind", "m.kind");

    public record Filter(UUID orgUnitId, MemberUnitKind kind, MemberUnitStatus status, String q, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    public Page<MemberUnitRequests.View> list(Filter f, PageRequest page) {
        Where where = new Where();
        if (f.orgUnitId() != null) {
            OrgUnit root = units.visibleOrNull(f.orgUnitId());
            if (root == null) {
                throw ProblemException.invalid("orgUnitId", "no org unit " + f.orgUnitId() + " exists");
            }
            where.and("m.subdistrict_path <@ cast(? as ltree)", root.path);
        }
        where.andIf(f.kind(), "m.kind = ?").andIf(f.status(), "m.status = ?")
                .andIf(f.q() == null || f.q().isBlank() ? null : Where.contains(f.q()), "m.name ilike ?");
        caller.restrict(where, "m.subdistrict_path");
        return where.page(em, "m.*", "member_unit m", Where.orderBy(f.sort(), SORTS, "m.name", "m.id"), page,
                MemberUnit.class).map(MemberUnitRequests.View::of);
    }
}

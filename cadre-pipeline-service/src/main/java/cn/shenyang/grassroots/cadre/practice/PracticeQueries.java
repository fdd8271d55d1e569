package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;

/** Reads of practice assignments, limited to the caller's subtree. */
@ApplicationScoped
public class PracticeQueries {
    public record Filter(UUID cadreId, UUID orgUnitId, PracticeKind kind, LocalDate activeOn) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<PracticeAssignment> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.cadreId(), "x.cadre_id = ?").andIf(f.kind(), "x.kind = ?");
        if (f.activeOn() != null) {
            w.and("x.starts_on <= ? and (x.ends_on is null or x.ends_on >= ?)", f.activeOn(), f.activeOn());
        }
        caller.restrict(w, "u.path");
        return w.page(em, "x.*", "practice_assignment x join reserve_cadre c on c.id = x.cadre_id"
                + " join org_unit_replica u on u.id = c.village_id", "x.starts_on desc", page, PracticeAssignment.class);
    }
}

package cn.shenyang.grassroots.cadre.publicity;

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

/** Reads of publicity notices, limited to the caller's subtree. */
@ApplicationScoped
public class PublicityNoticeQueries {
    public record Filter(UUID orgUnitId, NoticeKind kind, Integer year, LocalDate onDisplay) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<PublicityNotice> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.kind(), "x.kind = ?").andIf(f.year(), "x.year = ?");
        if (f.onDisplay() != null) {
            w.and("x.published_on <= ? and (x.public_until is null or x.public_until >= ?)", f.onDisplay(), f.onDisplay());
        }
        caller.restrict(w, "u.path");
        return w.page(em, "x.*", "publicity_notice x join org_unit_replica u on u.id = x.org_unit_id",
                "x.published_on desc", page, PublicityNotice.class);
    }
}

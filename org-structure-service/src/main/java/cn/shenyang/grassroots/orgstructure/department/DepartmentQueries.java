package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.orgstructure.pairing.PairingQueries;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class DepartmentQueries {
    private static final Map<String, String> SORTS = Map.of("name", "d.name", "kind", "d.kind", "createdAt", "d.created_at");

    public record Filter(UUID districtId, DepartmentKind kind, String q, UUID communityId, LocalDate pairedOn, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    DepartmentService departments;

    @Inject
    Caller caller;

    @Inject
    Today today;

    /** Departments the caller may see; with {@code communityId}, those paired with it on {@code pairedOn} (default today). */
    public Page<DepartmentView> list(Filter f, PageRequest page) {
        Where where = new Where().andIf(f.districtId(), "d.district_id = ?").andIf(f.kind(), "d.kind = ?")
                .andIf(f.q() == null || f.q().isBlank() ? null : Where.contains(f.q()), "d.name ilike ?");
        if (f.communityId() != null) {
            LocalDate day = f.pairedOn() == null ? today.date() : f.pairedOn();
            where.and("exists (select 1 from pairing p where p.department_id = d.id and p.community_id = ? and "
                    + PairingQueries.ACTIVE_ON + ")", f.communityId(), day, day);
        }
        departments.restrict(where, "d.district_path");
        boolean personal = caller.mayReadPersonalData();
        return where.page(em, "d.*", "department d", Where.orderBy(f.sort(), SORTS, "d.name", "d.id"), page,
                Department.class).map(d -> DepartmentView.of(d, personal));
    }
}

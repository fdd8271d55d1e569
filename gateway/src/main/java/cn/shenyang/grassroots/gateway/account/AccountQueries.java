package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Lists of accounts, limited to the caller's subtree through the org-unit replica. */
@ApplicationScoped
public class AccountQueries {
    public record Filter(String q, String role, UUID orgUnitId, Boolean enabled) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @SuppressWarnings("unchecked")
    public Page<Account> list(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (f.q() != null && !f.q().isBlank()) {
            params.add("%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" and (a.username ilike ?").append(params.size())
                    .append(" or a.display_name ilike ?").append(params.size()).append(")");
        }
        if (f.role() != null) {
            params.add(f.role());
            where.append(" and ?").append(params.size()).append(" = any(string_to_array(a.roles, ','))");
        }
        if (f.orgUnitId() != null) {
            params.add(f.orgUnitId());
            where.append(" and a.org_unit_id = ?").append(params.size());
        }
        if (f.enabled() != null) {
            params.add(f.enabled());
            where.append(" and a.enabled = ?").append(params.size());
        }
        caller.restrict(where, params, "r.path");
        String from = " from account a left join org_unit_replica r on r.id = a.org_unit_id";
        Query count = em.createNativeQuery("select count(*)" + from + where);
        Query rows = em.createNativeQuery("select a.*" + from + where + " order by lower(a.username)", Account.class);
        for (int i = 0; i < params.size(); i++) {
            count.setParameter(i + 1, params.get(i));
            rows.setParameter(i + 1, params.get(i));
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Account> items = rows.setFirstResult(page.offset()).setMaxResults(page.size).getResultList();
        return new Page<>(items, page.page, page.size, total);
    }
}

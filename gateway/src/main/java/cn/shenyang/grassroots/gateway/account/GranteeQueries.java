package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Lists of accounts or integration clients, limited to the caller's subtree through the org-unit replica. */
@ApplicationScoped
public class GranteeQueries {
    public record Filter(String q, String role, UUID orgUnitId, Boolean enabled) {}

    /** Where a kind of grantee lives: its table, the column it logs in with, and its display name. */
    public record Kind<G extends Grantee>(Class<G> type, String table, String loginColumn, String nameColumn) {}

    public static final Kind<Account> ACCOUNTS = new Kind<>(Account.class, "account", "username", "display_name");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public <G extends Grantee> Page<G> list(Kind<G> kind, Filter f, PageRequest page) {
        Where where = new Where();
        if (f.q() != null && !f.q().isBlank()) {
            String q = Where.contains(f.q());
            where.and("(a." + kind.loginColumn() + " ilike ? or a." + kind.nameColumn() + " ilike ?)", q, q);
        }
        where.andIf(f.role(), "? = any(string_to_array(a.roles, ','))")
                .andIf(f.orgUnitId(), "a.org_unit_id = ?")
                .andIf(f.enabled(), "a.enabled = ?");
        caller.restrict(where, "r.path");
        return where.page(em, "a.*", kind.table() + " a left join org_unit_replica r on r.id = a.org_unit_id",
                "lower(a." + kind.loginColumn() + ")", page, kind.type());
    }
}

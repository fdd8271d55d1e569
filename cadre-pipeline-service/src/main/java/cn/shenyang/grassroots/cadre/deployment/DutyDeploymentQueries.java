package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads and counts of duty deployments, over the replica subtree. */
@ApplicationScoped
public class DutyDeploymentQueries {
    private static final String FROM = "duty_deployment x join org_unit_replica u on u.id = x.org_unit_id";

    public record Filter(UUID orgUnitId, DeploymentKind kind, Shift shift, LocalDate activeOn) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<DutyDeployment> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.kind(), "x.kind = ?").andIf(f.shift(), "x.shift = ?");
        if (f.activeOn() != null) {
            w.and("x.starts_on <= ? and (x.ends_on is null or x.ends_on >= ?)", f.activeOn(), f.activeOn());
        }
        caller.restrict(w, "u.path");
        return w.page(em, "x.*", FROM, "x.starts_on desc", page, DutyDeployment.class);
    }

    /** Deployments overlapping [from, to] under the unit, with their headcount, by kind. */
    public DutyDeploymentView.Counts counts(UUID orgUnitId, LocalDate from, LocalDate to) {
        ReplicaUnit unit = orgUnits.requireField(orgUnitId, "orgUnitId");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select x.kind, count(*), sum(x.headcount) from " + FROM
                + " where u.path <@ cast(?1 as ltree) and x.starts_on <= ?3 and (x.ends_on is null or x.ends_on >= ?2)"
                + " group by x.kind")
                .setParameter(1, unit.path()).setParameter(2, from).setParameter(3, to).getResultList();
        Map<DeploymentKind, long[]> byKind = new HashMap<>();
        for (Object[] r : rows) {
            byKind.put(DeploymentKind.valueOf((String) r[0]),
                    new long[] {((Number) r[1]).longValue(), ((Number) r[2]).longValue()});
        }
        List<DutyDeploymentView.KindCount> counts = new ArrayList<>();
        long deployments = 0;
        long headcount = 0;
        for (DeploymentKind k : DeploymentKind.values()) {
            long[] c = byKind.getOrDefault(k, new long[2]);
            counts.add(new DutyDeploymentView.KindCount(k, c[0], c[1]));
            deployments += c[0];
            headcount += c[1];
        }
        return new DutyDeploymentView.Counts(unit.id(), from, to, deployments, headcount, counts);
    }
}

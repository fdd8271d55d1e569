package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import cn.shenyang.grassroots.orgstructure.orgunit.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ChangeFeedReader {
    @Inject
    EntityManager em;

    /**
     * The feed after a cursor: rows of org_unit_change, merged with the CREATED entries of bulk
     * imports that are still read from the units themselves (see {@link ChangeFeed#materialise}).
     */
    public OrgUnitChangeView.Batch after(long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                (select seq, org_unit_id, change_type, name, level, parent_id, path::text, previous_path::text,
                        division_code, status, version, changed_at, changed_by
                 from org_unit_change where seq > ?1 order by seq limit ?2)
                union all
                (select created_change_seq, id, 'CREATED', name, level, parent_id, path::text, null,
                        division_code, status, version, created_at, created_by
                 from org_unit where created_change_seq > ?1 order by created_change_seq limit ?2)
                order by 1 limit ?2""")
                .setParameter(1, after).setParameter(2, limit).getResultList();
        List<OrgUnitChangeView> items = rows.stream().map(r -> new OrgUnitChangeView(
                ((Number) r[0]).longValue(), (UUID) r[1], ChangeType.valueOf((String) r[2]), (String) r[3],
                Level.valueOf((String) r[4]), (UUID) r[5], (String) r[6], (String) r[7], (String) r[8],
                OrgUnitStatus.valueOf((String) r[9]), ((Number) r[10]).longValue(),
                Timestamps.utc(r[11]), (String) r[12])).toList();
        long next = items.isEmpty() ? after : items.get(items.size() - 1).cursor();
        return new OrgUnitChangeView.Batch(items, next);
    }
}

package cn.shenyang.grassroots.platform.orgreplica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local replica of org units (table {@code org_unit_replica}, migration in {@code db/replica}):
 * applies feed batches and answers subtree questions with local SQL.
 */
@ApplicationScoped
public class OrgReplica {
    public static final String FEED = "org-units";

    @Inject
    EntityManager em;

    /** Applies a batch in feed order and moves the cursor, all in one transaction. */
    @Transactional
    public void apply(OrgUnitChange.Batch batch) {
        for (OrgUnitChange c : batch.items()) {
            if (OrgUnitChange.MOVED.equals(c.changeType()) && c.previousPath() != null) {
                // The feed carries one row per move; the descendants follow their root here.
                em.createNativeQuery("""
                        update org_unit_replica set path = cast(?1 as ltree) || subpath(path, nlevel(cast(?2 as ltree)))
                        where path <@ cast(?2 as ltree) and id <> ?3""")
                        .setParameter(1, c.path()).setParameter(2, c.previousPath()).setParameter(3, c.orgUnitId())
                        .executeUpdate();
            }
            em.createNativeQuery("""
                    insert into org_unit_replica (id, parent_id, path, level, name, status, version)
                    values (?1, ?2, cast(?3 as ltree), ?4, ?5, ?6, ?7)
                    on conflict (id) do update set parent_id = excluded.parent_id, path = excluded.path,
                        level = excluded.level, name = excluded.name, status = excluded.status,
                        version = excluded.version""")
                    .setParameter(1, c.orgUnitId()).setParameter(2, c.parentId()).setParameter(3, c.path())
                    .setParameter(4, c.level()).setParameter(5, c.name()).setParameter(6, c.status())
                    .setParameter(7, c.version())
                    .executeUpdate();
        }
        if (!batch.items().isEmpty()) {
            em.createNativeQuery("""
                    insert into org_feed_cursor (feed, position, updated_at) values (?1, ?2, now())
                    on conflict (feed) do update set position = excluded.position, updated_at = excluded.updated_at""")
                    .setParameter(1, FEED).setParameter(2, batch.nextCursor()).executeUpdate();
        }
    }

    /** The feed position to resume from: 0 before anything was applied. */
    public long cursor() {
        List<?> rows = em.createNativeQuery("select position from org_feed_cursor where feed = ?1")
                .setParameter(1, FEED).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    public Optional<ReplicaUnit> find(UUID id) {
        List<?> rows = em.createNativeQuery(
                "select id, parent_id, path::text, level, name, status from org_unit_replica where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ReplicaUnit((UUID) r[0], (UUID) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).findFirst();
    }

    public Optional<String> pathOf(UUID id) {
        return find(id).map(ReplicaUnit::path);
    }

    /** True when {@code unitId} is {@code ancestorId} or lies anywhere below it. */
    public boolean isWithin(UUID unitId, UUID ancestorId) {
        return (Boolean) em.createNativeQuery("""
                select exists (select 1 from org_unit_replica u, org_unit_replica a
                               where u.id = ?1 and a.id = ?2 and u.path <@ a.path)""")
                .setParameter(1, unitId).setParameter(2, ancestorId).getSingleResult();
    }
}

package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.ChangeType;
import cn.shenyang.grassroots.orgstructure.changefeed.RollupDelta;
import cn.shenyang.grassroots.orgstructure.importing.BulkUnits;
import cn.shenyang.grassroots.orgstructure.importing.NewUnit;
import cn.shenyang.grassroots.orgstructure.importing.TableStatistics;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.NodeNumbers;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import cn.shenyang.grassroots.orgstructure.orgunit.SubtreeMoves;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The stored side of a synchronisation: reads the units that carry official codes, and applies a
 * {@link DivisionPlan} inside the caller's transaction — creations in bulk, then renames,
 * reclassifications and reinstatements, moves (each with its subtree), and dissolutions, each
 * with its feed entry and roll-ups, as any single edit would.
 */
@ApplicationScoped
public class DivisionStore {
    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    @Inject
    NodeNumbers nodeNumbers;

    @Inject
    SubtreeMoves subtrees;

    @Inject
    TableStatistics statistics;

    /**
     * What the plan needs to know of the stored tree: the stored units with the code of a row of
     * {@code scope}, and the stored units with a code whose parent has the code of a unit of its
     * subtree (the candidates to vanish).
     */
    public DivisionPlan.Known known(DivisionPlan.Scope scope) {
        if (scope.subtree() != null) {
            Map<String, DivisionPlan.Stored> byCode = read("join unnest(cast(? as varchar[])) as k(code)"
                    + " on u.division_code = k.code", array(scope.levels().keySet())).stream()
                    .collect(Collectors.toMap(DivisionPlan.Stored::code, s -> s));
            return new DivisionPlan.Known(byCode, read("join unnest(cast(? as varchar[])) as k(code)"
                    + " on p.division_code = k.code where u.division_code is not null", array(scope.subtree())));
        }
        // Everything: every stored unit with a code, read once, costs less than sending every code
        // twice (two 10 MB arrays for the country, 0.8 s into an empty tree).
        Map<String, DivisionPlan.Stored> byCode = new HashMap<>();
        List<DivisionPlan.Stored> children = new ArrayList<>();
        for (DivisionPlan.Stored s : read("where u.division_code is not null")) {
            if (scope.inSubtree(s.code())) {
                byCode.put(s.code(), s);
            }
            if (s.parentCode() != null && scope.inSubtree(s.parentCode())) {
                children.add(s);
            }
        }
        return new DivisionPlan.Known(byCode, children);
    }

    /**
     * Read with JDBC, not entities: a re-synchronisation of the country reads 665k rows here.
     * {@code restriction} joins a set of codes (see ChangeFeed.recordStored on why not = any) or filters.
     */
    private List<DivisionPlan.Stored> read(String restriction, Object... values) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<DivisionPlan.Stored> stored = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    select u.id, u.node_no, u.path::text, u.division_code, u.name, u.level, u.status, p.division_code,
                           u.created_change_seq
                    from org_unit u left join org_unit p on p.id = u.parent_id
                    """ + restriction)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(9);
                        stored.add(new DivisionPlan.Stored(rs.getObject(1, UUID.class), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), Level.valueOf(rs.getString(6)),
                                OrgUnitStatus.ACTIVE.name().equals(rs.getString(7)), rs.getString(8),
                                rs.wasNull() ? null : seq));
                    }
                }
            }
            return stored;
        });
    }

    /** Active units that would be left under a dissolved parent: children not themselves leaving. */
    public Map<UUID, Long> childrenLeftBehind(Collection<UUID> dissolving, Collection<UUID> leaving) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select u.parent_id, count(*) from org_unit u
                where u.parent_id in (select unnest(cast(?1 as uuid[]))) and u.status = 'ACTIVE'
                  and not exists (select 1 from unnest(cast(?2 as uuid[])) as leaving(id) where leaving.id = u.id)
                group by u.parent_id""").setParameter(1, array(dissolving)).setParameter(2, array(leaving)).getResultList();
        Map<UUID, Long> left = new HashMap<>();
        rows.forEach(r -> left.put((UUID) r[0], ((Number) r[1]).longValue()));
        return left;
    }

    /** Applies the plan as {@code actor} at {@code at}. */
    public void apply(DivisionPlan plan, Map<String, DivisionPlan.Stored> stored, String actor, Instant at) {
        Map<String, Placed> created = create(plan.creations, stored, actor, at);
        changes.holdFeed();
        List<UUID> touched = new ArrayList<>();
        plan.changes.forEach(c -> touched.add(c.stored().id()));
        plan.dissolutions.forEach(s -> touched.add(s.id()));
        if (!touched.isEmpty()) {
            changes.materialise(new Where().and("id in (select unnest(cast(? as uuid[])))", array(touched)));
        }
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        update(plan.changes, actor, when);
        for (DivisionPlan.Change c : plan.changes) {
            if (c.kind() == DivisionPlan.Kind.MOVED) {
                Placed newParent = created.get(c.row().parentCode());
                UUID parentId = newParent != null ? newParent.id() : stored.get(c.row().parentCode()).id();
                move(c.stored().id(), parentId, actor, when);
            }
        }
        dissolve(plan.dissolutions, actor, when);
    }

    /** A new unit others may be created or moved under: its id, and its path built once for all its children. */
    private record Placed(UUID id, String path) {}

    /**
     * New units in bulk, parents (stored or new) before children. Returns, by code, those that may
     * have children: village-level units (nine in ten of the country's) cannot, and are not kept.
     * The write reads each unit from its row as it stores it: the country's 665k units would
     * otherwise be held whole, beside their rows, until they are stored.
     */
    private Map<String, Placed> create(List<DivisionRow> rows, Map<String, DivisionPlan.Stored> stored, String actor,
            Instant at) {
        Map<String, Placed> parents = new HashMap<>();
        if (rows.isEmpty()) {
            return parents;
        }
        long[] nodeNos = nodeNumbers.take(rows.size());
        UUID[] ids = new UUID[rows.size()];
        Placed[] parentOf = new Placed[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            DivisionRow r = rows.get(i);
            ids[i] = UnitIds.next();
            Placed parent = r.parentCode() == null ? null : parents.get(r.parentCode());
            if (parent == null && r.parentCode() != null && stored.containsKey(r.parentCode())) {
                DivisionPlan.Stored s = stored.get(r.parentCode());
                parent = new Placed(s.id(), s.path());
            }
            parentOf[i] = parent;
            if (r.level().holdsUnits()) {
                parents.put(r.code(), new Placed(ids[i], parent == null ? Long.toString(nodeNos[i])
                        : parent.path() + "." + nodeNos[i]));
            }
        }
        List<NewUnit> units = new AbstractList<>() {
            @Override
            public NewUnit get(int i) {
                DivisionRow r = rows.get(i);
                Placed parent = parentOf[i];
                return new NewUnit(ids[i], nodeNos[i], parent == null ? null : parent.id(),
                        parent == null ? null : parent.path(), r.name(), r.level(), r.code(), null, null, null);
            }

            @Override
            public int size() {
                return rows.size();
            }
        };
        if (em.unwrap(Session.class).doReturningWork(c -> BulkUnits.write(c, units, units.size(), actor, at)).staleStatistics()) {
            statistics.refreshAfterCommit();
        }
        return parents;
    }

    /** Renames, reclassifications and reinstatements: one statement, one UPDATED entry per unit. */
    private void update(List<DivisionPlan.Change> planned, String actor, OffsetDateTime at) {
        Map<UUID, DivisionPlan.Change> byUnit = new HashMap<>();
        RollupDelta rollups = RollupDelta.none();
        for (DivisionPlan.Change c : planned) {
            if (c.kind() != DivisionPlan.Kind.MOVED && byUnit.putIfAbsent(c.stored().id(), c) == null) {
                DivisionPlan.Stored s = c.stored();
                rollups.add(s.path(), s.level(), s.active() ? -1 : 0, s.active() ? 0 : -1)
                        .add(s.path(), c.row().level(), 1, 0);
            }
        }
        if (byUnit.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(byUnit.keySet());
        em.createNativeQuery("""
                update org_unit u set name = t.name, level = t.level, status = 'ACTIVE', dissolved_reason = null,
                       version = u.version + 1, updated_at = ?4, updated_by = ?5
                from unnest(cast(?1 as uuid[]), cast(?2 as varchar[]), cast(?3 as varchar[])) as t(id, name, level)
                where u.id = t.id""")
                .setParameter(1, array(ids))
                .setParameter(2, array(ids.stream().map(id -> byUnit.get(id).row().name()).toList()))
                .setParameter(3, array(ids.stream().map(id -> byUnit.get(id).row().level().name()).toList()))
                .setParameter(4, at).setParameter(5, actor)
                .executeUpdate();
        changes.recordStored(ChangeType.UPDATED, ids, null, rollups);
    }

    /** One unit and its subtree under a new parent, read as they are now (earlier moves may have shifted them). */
    private void move(UUID id, UUID newParentId, String actor, OffsetDateTime at) {
        Object[] r = (Object[]) em.createNativeQuery("""
                select u.path::text, u.node_no, u.level, u.status, p.path::text
                from org_unit u, org_unit p where u.id = ?1 and p.id = ?2""")
                .setParameter(1, id).setParameter(2, newParentId).getSingleResult();
        String from = (String) r[0];
        long nodeNo = ((Number) r[1]).longValue();
        String to = r[4] + "." + nodeNo;
        RollupDelta delta = subtrees.rewriteBelow(from, to, nodeNo, Level.valueOf((String) r[2]),
                OrgUnitStatus.valueOf((String) r[3]), actor, at);
        em.createNativeQuery("""
                update org_unit set path = cast(?1 as ltree), parent_id = ?2, version = version + 1,
                       updated_at = ?3, updated_by = ?4
                where id = ?5""")
                .setParameter(1, to).setParameter(2, newParentId).setParameter(3, at).setParameter(4, actor)
                .setParameter(5, id).executeUpdate();
        changes.recordStored(ChangeType.MOVED, List.of(id), from, delta);
    }

    private void dissolve(List<DivisionPlan.Stored> units, String actor, OffsetDateTime at) {
        if (units.isEmpty()) {
            return;
        }
        List<UUID> ids = units.stream().map(DivisionPlan.Stored::id).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                update org_unit set status = 'DISSOLVED', dissolved_reason = ?2, version = version + 1,
                       updated_at = ?3, updated_by = ?4
                where id in (select unnest(cast(?1 as uuid[])))
                returning path::text, level""")
                .setParameter(1, array(ids)).setParameter(2, "no longer in the official division data")
                .setParameter(3, at).setParameter(4, actor).getResultList();
        RollupDelta rollups = RollupDelta.none();
        rows.forEach(r -> rollups.add((String) r[0], Level.valueOf((String) r[1]), -1, 1));
        changes.recordStored(ChangeType.DISSOLVED, ids, null, rollups);
    }

    /**
     * A PostgreSQL array literal, every element quoted, to bind as text and cast. Written in one pass:
     * a country's sync sends 665k codes, where two replaces per element cost a tenth of its planning.
     */
    static String array(Collection<?> values) {
        StringBuilder a = new StringBuilder(values.size() * 16 + 2).append('{');
        for (Object v : values) {
            a.append(a.length() > 1 ? ",\"" : "\"");
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '"' || ch == '\\') {
                    a.append('\\');
                }
                a.append(ch);
            }
            a.append('"');
        }
        return a.append('}').toString();
    }
}

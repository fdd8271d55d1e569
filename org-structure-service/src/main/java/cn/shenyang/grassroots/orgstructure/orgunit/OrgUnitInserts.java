package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;

/**
 * A single create's SQL, as JDBC on the transaction's connection. Through entity loads, a flush
 * and native queries the same statements cost a create over half of its CPU (JFR, 2026-11-28):
 * the create is the write that runs a thousand times a second, so it pays to skip them.
 */
@ApplicationScoped
class OrgUnitInserts {
    /** The parent as a create needs it. */
    record Parent(UUID id, String name, Level level, OrgUnitStatus status, String path) {}

    @Inject
    EntityManager em;

    /** Holds the tree lock shared, then reads the parent (when named): both in one round trip. */
    Parent lockTreeAndRead(UUID parentId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    select pg_advisory_xact_lock_shared(?);
                    select name, level, status, path::text from org_unit where id = ?""")) {
                s.setLong(1, ChangeFeed.TREE_LOCK);
                s.setObject(2, parentId == null ? new UUID(0, 0) : parentId);
                s.execute();
                s.getMoreResults();
                try (ResultSet rs = s.getResultSet()) {
                    return rs.next() ? new Parent(parentId, rs.getString(1), Level.valueOf(rs.getString(2)),
                            OrgUnitStatus.valueOf(rs.getString(3)), rs.getString(4)) : null;
                }
            }
        });
    }

    /** Inserts a new unit; a clash with a unique index is the caller's conflict, named as such. */
    void insert(OrgUnit u) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    insert into org_unit (id, node_no, name, level, parent_id, path, division_code, party_org_kind,
                        party_org_name, party_secretary_name, status, version, created_at, created_by, updated_at,
                        updated_by)
                    values (?, ?, ?, ?, ?, cast(? as ltree), ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)""")) {
                s.setObject(1, u.id);
                s.setLong(2, u.nodeNo);
                s.setString(3, u.name);
                s.setString(4, u.level.name());
                s.setObject(5, u.parentId);
                s.setString(6, u.path);
                s.setString(7, u.divisionCode);
                s.setString(8, u.partyOrgKind == null ? null : u.partyOrgKind.name());
                s.setString(9, u.partyOrgName);
                s.setString(10, u.partySecretaryName);
                s.setString(11, u.status.name());
                s.setTimestamp(12, Timestamp.from(u.createdAt.toInstant()));
                s.setString(13, u.createdBy);
                s.setTimestamp(14, Timestamp.from(u.updatedAt.toInstant()));
                s.setString(15, u.updatedBy);
                s.executeUpdate();
            } catch (PSQLException e) {
                throw conflictOr(e, u);
            }
        });
    }

    /** The caller's conflict for a unique index a unit's name or code clashed with; else the error itself. */
    static RuntimeException conflictOr(SQLException e, OrgUnit u) {
        String constraint = e instanceof PSQLException p && p.getServerErrorMessage() != null
                ? p.getServerErrorMessage().getConstraint() : null;
        if (OrgUnitService.SIBLING_NAME_INDEX.equals(constraint)) {
            return ProblemException.conflict("An active unit named '" + u.name + "' already exists under this parent");
        }
        if (OrgUnitService.DIVISION_CODE_INDEX.equals(constraint)) {
            return ProblemException.conflict("Division code " + u.divisionCode + " is already used by another unit");
        }
        return new IllegalStateException("Storing org unit " + u.id + " failed", e);
    }
}

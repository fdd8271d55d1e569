package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.ChangeType;
import cn.shenyang.grassroots.orgstructure.changefeed.RollupDelta;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/** The rules of the organisation graph, and the only writer of single {@link OrgUnit}s. */
@ApplicationScoped
public class OrgUnitService implements CurrentVersion {
    /** The unique indexes whose violations are the caller's doing (V1 migration). */
    static final String SIBLING_NAME_INDEX = "org_unit_active_sibling_name";
    static final String DIVISION_CODE_INDEX = "org_unit_division_code_key";

    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    @Inject
    NodeNumbers nodeNumbers;

    @Inject
    OrgUnitInserts inserts;

    @Inject
    SubtreeMoves subtrees;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public OrgUnit create(OrgUnitRequests.CreateOrgUnit request) {
        OrgUnitInserts.Parent parent = inserts.lockTreeAndRead(request.parentId());
        if (request.parentId() != null) {
            if (parent == null || !caller.covers(parent.path())) {
                throw ProblemException.invalid("parentId", "no org unit " + request.parentId() + " exists");
            }
            if (parent.status() != OrgUnitStatus.ACTIVE) {
                throw ProblemException.conflict("Parent " + parent.name() + " is dissolved; units cannot be added under it");
            }
        }
        Level parentLevel = request.parentId() == null ? null : parent.level();
        String refusal = request.level().refusalUnder(parentLevel);
        if (refusal != null) {
            throw ProblemException.invalid(parentLevel == null ? "parentId" : "level", refusal);
        }
        if (parentLevel == null && !caller.unrestricted()) {
            throw ProblemException.forbidden("Only a caller who sees the whole tree can create a root unit");
        }
        requireCodeFits(request.level(), request.divisionCode());

        OrgUnit unit = new OrgUnit();
        unit.id = UnitIds.next();
        unit.nodeNo = nodeNumbers.next();
        unit.name = request.name().strip();
        unit.level = request.level();
        unit.parentId = request.parentId();
        unit.path = parentLevel == null ? Long.toString(unit.nodeNo) : parent.path() + "." + unit.nodeNo;
        unit.divisionCode = request.divisionCode();
        applyParty(unit, request.partyOrganization());
        unit.status = OrgUnitStatus.ACTIVE;
        unit.created(caller.name(), clock);
        inserts.insert(unit);
        changes.record(unit, ChangeType.CREATED, null, RollupDelta.created(unit.path, unit.level));
        return unit;
    }

    @Transactional
    public OrgUnit update(UUID id, String ifMatch, OrgUnitRequests.UpdateOrgUnit request) {
        OrgUnit unit = require(id);
        Versions.requireMatch(ifMatch, unit.version);
        if (unit.status != OrgUnitStatus.ACTIVE) {
            throw ProblemException.conflict("Org unit " + unit.name + " is dissolved and can no longer be edited");
        }
        requireCodeFits(unit.level, request.divisionCode());
        materialiseIfVirtual(unit);
        unit.name = request.name().strip();
        unit.divisionCode = request.divisionCode();
        applyParty(unit, request.partyOrganization());
        unit.touched(caller.name(), clock);
        flush(unit);
        changes.record(unit, ChangeType.UPDATED, null, RollupDelta.none());
        return unit;
    }

    /** Moves a unit and its whole subtree under a new parent, in one transaction. */
    @Transactional
    public OrgUnit move(UUID id, String ifMatch, UUID newParentId) {
        changes.holdTreeExclusive();
        OrgUnit unit = require(id);
        Versions.requireMatch(ifMatch, unit.version);
        requireNotScopeRoot(unit, "move");
        OrgUnit newParent = visibleOrNull(newParentId);
        if (newParent == null) {
            throw ProblemException.invalid("newParentId", "no org unit " + newParentId + " exists");
        }
        if (unit.status != OrgUnitStatus.ACTIVE || newParent.status != OrgUnitStatus.ACTIVE) {
            throw ProblemException.conflict("Only active units can be moved, and only under an active parent");
        }
        if (newParent.path.equals(unit.path) || newParent.path.startsWith(unit.path + ".")) {
            throw ProblemException.conflict("Cannot move " + unit.name + " under " + newParent.name
                    + ": it is inside the subtree being moved, which would make a cycle");
        }
        String refusal = unit.level.refusalUnder(newParent.level);
        if (refusal != null) {
            throw ProblemException.conflict("Cannot move " + unit.name + ": " + refusal);
        }
        if (newParent.id.equals(unit.parentId)) {
            return unit;
        }
        String previousPath = unit.path;
        String newPath = newParent.path + "." + unit.nodeNo;
        RollupDelta delta = subtrees.rewriteBelow(previousPath, newPath, unit.nodeNo, unit.level, unit.status,
                caller.name(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
        unit.parentId = newParent.id;
        unit.path = newPath;
        unit.touched(caller.name(), clock); // after the native update, whose auto-flush would version it twice
        flush(unit);
        changes.record(unit, ChangeType.MOVED, previousPath, delta);
        return unit;
    }

    @Transactional
    public OrgUnit dissolve(UUID id, String ifMatch, String reason) {
        changes.holdTreeExclusive();
        OrgUnit unit = require(id);
        Versions.requireMatch(ifMatch, unit.version);
        requireNotScopeRoot(unit, "dissolve");
        if (unit.status == OrgUnitStatus.DISSOLVED) {
            throw ProblemException.conflict("Org unit " + unit.name + " is already dissolved");
        }
        long activeChildren = OrgUnit.count("parentId = ?1 and status = ?2", unit.id, OrgUnitStatus.ACTIVE);
        if (activeChildren > 0) {
            throw ProblemException.conflict("Org unit " + unit.name + " still has " + activeChildren
                    + " active child unit(s); move or dissolve them first");
        }
        materialiseIfVirtual(unit);
        unit.status = OrgUnitStatus.DISSOLVED;
        unit.dissolvedReason = reason.strip();
        unit.touched(caller.name(), clock);
        changes.record(unit, ChangeType.DISSOLVED, null, RollupDelta.dissolved(unit.path, unit.level));
        return unit;
    }

    /** For {@code @IfMatch}: the version a caller who may see the unit would read. */
    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The unit, or 404 when it does not exist or lies outside the caller's subtree. */
    public OrgUnit require(UUID id) {
        OrgUnit unit = visibleOrNull(id);
        if (unit == null) {
            throw ProblemException.notFound("Org unit", id);
        }
        return unit;
    }

    /** Null both for a missing unit and for one outside the caller's subtree: callers cannot tell them apart. */
    public OrgUnit visibleOrNull(UUID id) {
        OrgUnit unit = OrgUnit.findById(id);
        return unit != null && caller.covers(unit.path) ? unit : null;
    }

    private void requireNotScopeRoot(OrgUnit unit, String action) {
        if (unit.path.equals(caller.scopePath())) {
            throw ProblemException.forbidden("You cannot " + action + " " + unit.name + ": it is the root of your own scope");
        }
    }

    private static void requireCodeFits(Level level, String divisionCode) {
        String refusal = level.refusalOfCode(divisionCode);
        if (refusal != null) {
            throw ProblemException.invalid("divisionCode", refusal);
        }
    }

    private void materialiseIfVirtual(OrgUnit unit) {
        if (unit.createdChangeSeq != null) {
            changes.materialise(new Where().and("id = ?", unit.id));
        }
    }

    /** Writes pending changes; a clash with a unique index is the caller's conflict, named as such. */
    private void flush(OrgUnit unit) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConstraintViolationException c && c.getSQLException() != null) {
                    RuntimeException conflict = OrgUnitInserts.conflictOr(c.getSQLException(), unit);
                    if (conflict instanceof ProblemException) {
                        throw conflict;
                    }
                }
            }
            throw e;
        }
    }

    private static void applyParty(OrgUnit unit, OrgUnitRequests.PartyOrganization party) {
        unit.partyOrgKind = party == null ? null : party.kind();
        unit.partyOrgName = party == null ? null : party.name();
        unit.partySecretaryName = party == null ? null : party.secretaryName();
    }
}

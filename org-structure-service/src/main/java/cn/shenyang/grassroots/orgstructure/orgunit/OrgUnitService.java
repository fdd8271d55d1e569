package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.orgstructure.changefeed.ChangeFeed;
import cn.shenyang.grassroots.orgstructure.changefeed.ChangeType;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The rules of the organisation graph, and the only writer of {@link OrgUnit}. */
@ApplicationScoped
public class OrgUnitService {
    @Inject
    EntityManager em;

    @Inject
    ChangeFeed changes;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** Stands for "no parent" in the sibling-name index, and for "no unit" when excluding self. */
    private static final UUID NO_PARENT = new UUID(0, 0);

    @Transactional
    public OrgUnit create(OrgUnitRequests.CreateOrgUnit request) {
        OrgUnit parent = null;
        if (request.parentId() != null) {
            parent = visibleOrNull(request.parentId());
            if (parent == null) {
                throw ProblemException.invalid("parentId", "no org unit " + request.parentId() + " exists");
            }
            if (parent.status != OrgUnitStatus.ACTIVE) {
                throw ProblemException.conflict("Parent " + parent.name + " is dissolved; units cannot be added under it");
            }
        }
        String refusal = request.level().refusalUnder(parent == null ? null : parent.level);
        if (refusal != null) {
            throw ProblemException.invalid(parent == null ? "parentId" : "level", refusal);
        }
        if (parent == null && !caller.unrestricted()) {
            throw ProblemException.forbidden("Only a caller who sees the whole tree can create a root unit");
        }
        requireUniqueName(request.parentId(), request.name(), null);
        requireUniqueDivisionCode(request.divisionCode(), null);

        OrgUnit unit = new OrgUnit();
        unit.id = UUID.randomUUID();
        unit.nodeNo = ((Number) em.createNativeQuery("select nextval('org_unit_node_seq')").getSingleResult()).longValue();
        unit.name = request.name().strip();
        unit.level = request.level();
        unit.parentId = request.parentId();
        unit.path = parent == null ? Long.toString(unit.nodeNo) : parent.path + "." + unit.nodeNo;
        unit.divisionCode = request.divisionCode();
        applyParty(unit, request.partyOrganization());
        unit.status = OrgUnitStatus.ACTIVE;
        unit.created(caller.name(), clock);
        unit.persist();
        changes.record(unit, ChangeType.CREATED, null, caller.name(), unit.createdAt);
        return unit;
    }

    @Transactional
    public OrgUnit update(UUID id, String ifMatch, OrgUnitRequests.UpdateOrgUnit request) {
        OrgUnit unit = require(id);
        Versions.requireMatch(ifMatch, unit.version);
        if (unit.status != OrgUnitStatus.ACTIVE) {
            throw ProblemException.conflict("Org unit " + unit.name + " is dissolved and can no longer be edited");
        }
        requireUniqueName(unit.parentId, request.name(), unit.id);
        requireUniqueDivisionCode(request.divisionCode(), unit.id);
        unit.name = request.name().strip();
        unit.divisionCode = request.divisionCode();
        applyParty(unit, request.partyOrganization());
        unit.touched(caller.name(), clock);
        changes.record(unit, ChangeType.UPDATED, null, caller.name(), unit.updatedAt);
        return unit;
    }

    /** Moves a unit and its whole subtree under a new parent, in one transaction. */
    @Transactional
    public OrgUnit move(UUID id, String ifMatch, UUID newParentId) {
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
        if (newParent.id.equals(unit.id) || isWithin(newParent.path, unit.path)) {
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
        requireUniqueName(newParent.id, unit.name, unit.id);

        String previousPath = unit.path;
        String newPath = newParent.path + "." + unit.nodeNo;
        OffsetDateTime now = OffsetDateTime.now(clock);
        em.createNativeQuery("""
                update org_unit set path = cast(?1 as ltree) || subpath(path, nlevel(cast(?2 as ltree))),
                       version = version + 1, updated_at = ?3, updated_by = ?4
                where path <@ cast(?2 as ltree) and id <> ?5""")
                .setParameter(1, newPath).setParameter(2, previousPath)
                .setParameter(3, now).setParameter(4, caller.name()).setParameter(5, unit.id)
                .executeUpdate();
        unit.parentId = newParent.id;
        unit.path = newPath;
        unit.touched(caller.name(), clock);
        changes.record(unit, ChangeType.MOVED, previousPath, caller.name(), now);
        return unit;
    }

    @Transactional
    public OrgUnit dissolve(UUID id, String ifMatch, String reason) {
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
        unit.status = OrgUnitStatus.DISSOLVED;
        unit.dissolvedReason = reason.strip();
        unit.touched(caller.name(), clock);
        changes.record(unit, ChangeType.DISSOLVED, null, caller.name(), unit.updatedAt);
        return unit;
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

    private boolean isWithin(String path, String ancestorPath) {
        return (Boolean) em.createNativeQuery("select cast(?1 as ltree) <@ cast(?2 as ltree)")
                .setParameter(1, path).setParameter(2, ancestorPath).getSingleResult();
    }

    /** Matches the expression of the unique index on active siblings' names, so it is one index probe. */
    private void requireUniqueName(UUID parentId, String name, UUID self) {
        boolean clash = (Boolean) em.createNativeQuery("""
                select exists (select 1 from org_unit
                    where coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid) = ?1
                      and lower(name) = lower(?2) and status = 'ACTIVE' and id <> ?3)""")
                .setParameter(1, parentId == null ? NO_PARENT : parentId)
                .setParameter(2, name.strip())
                .setParameter(3, self == null ? NO_PARENT : self)
                .getSingleResult();
        if (clash) {
            throw ProblemException.conflict("An active unit named '" + name.strip() + "' already exists under this parent");
        }
    }

    private void requireUniqueDivisionCode(String divisionCode, UUID self) {
        if (divisionCode != null && OrgUnit.count("divisionCode = ?1 and id <> ?2", divisionCode,
                self == null ? NO_PARENT : self) > 0) {
            throw ProblemException.conflict("Division code " + divisionCode + " is already used by another unit");
        }
    }

    private static void applyParty(OrgUnit unit, OrgUnitRequests.PartyOrganization party) {
        unit.partyOrgKind = party == null ? null : party.kind();
        unit.partyOrgName = party == null ? null : party.name();
        unit.partySecretaryName = party == null ? null : party.secretaryName();
    }
}

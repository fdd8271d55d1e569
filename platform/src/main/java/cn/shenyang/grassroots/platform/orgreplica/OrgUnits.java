package cn.shenyang.grassroots.platform.orgreplica;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Org units a service refers to by id, checked against the local replica and the caller's
 * scope: a unit the caller cannot see is reported exactly like one that does not exist.
 */
@ApplicationScoped
public class OrgUnits {
    @Inject
    OrgReplica replica;

    @Inject
    Caller caller;

    /** A unit named in the path: 404 when unknown or outside the caller's subtree, so its existence is not leaked. */
    public ReplicaUnit require(UUID id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("Org unit", id));
    }

    /** A unit of any level named in a request body or query: 400 naming {@code field} when unknown or out of scope. */
    public ReplicaUnit requireField(UUID id, String field) {
        return requireField(id, field, Set.of());
    }

    /** A unit named in a request body or query: 400 naming {@code field} when unknown, out of scope or of the wrong level. */
    public ReplicaUnit requireField(UUID id, String field, Set<String> levels) {
        ReplicaUnit unit = visible(id).orElseThrow(() -> ProblemException.invalid(field, "no org unit " + id + " exists"));
        if (!levels.isEmpty() && !levels.contains(unit.level())) {
            throw ProblemException.invalid(field, "org unit " + unit.name() + " is a " + unit.level()
                    + "; expected " + String.join(" or ", new TreeSet<>(levels)));
        }
        return unit;
    }

    /** A new reference to a unit of any level: it must exist, lie in scope and still be active. */
    public ReplicaUnit requireActiveField(UUID id, String field) {
        return requireActiveField(id, field, Set.of());
    }

    /** Same, for a new reference: the unit must also still be active. */
    public ReplicaUnit requireActiveField(UUID id, String field, Set<String> levels) {
        ReplicaUnit unit = requireField(id, field, levels);
        if (!unit.active()) {
            throw ProblemException.invalid(field, "org unit " + unit.name() + " is dissolved");
        }
        return unit;
    }

    /** The unit when the replica knows it and it lies in the caller's subtree. */
    private Optional<ReplicaUnit> visible(UUID id) {
        return replica.find(id).filter(u -> caller.covers(u.path()));
    }

    /** The path of a stored reference, for scope checks (null when the replica has not seen it). */
    public String pathOf(UUID id) {
        return replica.pathOf(id).orElse(null);
    }

    /** 404 for a record whose org unit lies outside the caller's subtree. */
    public void requireCovers(UUID orgUnitId, String what, Object id) {
        caller.requireCovers(pathOf(orgUnitId), what, id);
    }
}

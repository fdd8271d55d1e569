package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a volunteer within the caller's subtree (by home community) for every feature that hangs
 * records on one: a volunteer the caller cannot see answers exactly like one that does not exist.
 */
@ApplicationScoped
public class VolunteerLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select v.* from volunteer v join org_unit_replica u on u.id = v.home_community_id
            where v.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public Optional<Volunteer> find(UUID id) {
        return scoped.find(VISIBLE, Volunteer.class, id);
    }

    /** 404 when the volunteer does not exist or lives outside the caller's subtree. */
    public Volunteer require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Volunteer", id));
    }

    /** A volunteer named in a request body: 400 naming {@code field} when unknown or outside the caller's subtree. */
    public Volunteer requireField(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.invalid(field, "no volunteer " + id + " exists"));
    }

    /** The same, and the volunteer must be ACTIVE to take on something new (409 otherwise). */
    public Volunteer requireActiveField(UUID id, String field) {
        Volunteer v = requireField(id, field);
        if (v.status != VolunteerStatus.ACTIVE) {
            throw ProblemException.conflict("Volunteer " + v.name + " is " + v.status + "; only ACTIVE volunteers take part");
        }
        return v;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

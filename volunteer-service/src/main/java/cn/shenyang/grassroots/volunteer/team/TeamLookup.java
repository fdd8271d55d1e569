package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Finds a team within the caller's subtree (by its owning unit); anything else answers as not existing. */
@ApplicationScoped
public class TeamLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select t.* from volunteer_team t join org_unit_replica u on u.id = t.org_unit_id
            where t.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public Optional<VolunteerTeam> find(UUID id) {
        return scoped.find(VISIBLE, VolunteerTeam.class, id);
    }

    public VolunteerTeam require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Volunteer team", id));
    }

    public VolunteerTeam requireField(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.invalid(field, "no volunteer team " + id + " exists"));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The version of a membership for If-Match, visible when its team is. */
    @ApplicationScoped
    public static class Memberships implements CurrentVersion {
        private static final String VISIBLE = """
                select m.* from team_membership m join volunteer_team t on t.id = m.team_id
                join org_unit_replica u on u.id = t.org_unit_id
                where m.id = ?1 and u.path <@ cast(?2 as ltree)""";

        @Inject
        ScopedFind scoped;

        public TeamMembership require(UUID teamId, UUID id) {
            return scoped.find(VISIBLE, TeamMembership.class, id).filter(m -> teamId == null || m.teamId.equals(teamId))
                    .orElseThrow(() -> ProblemException.notFound("Team membership", id));
        }

        @Override
        public long of(UUID id) {
            return require(null, id).version;
        }
    }
}

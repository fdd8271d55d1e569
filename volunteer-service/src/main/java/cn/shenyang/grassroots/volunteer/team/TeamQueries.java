package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of teams, their level history and members, limited to the caller's subtree by the owning unit. */
@ApplicationScoped
public class TeamQueries {
    private static final Map<String, String> SORTS = Map.of("name", "t.name", "foundedOn", "t.founded_on",
            "level", "t.level", "createdAt", "t.created_at");
    /** Current members of each team of a page, in one statement. */
    private static final String CURRENT_MEMBERS = """
            select team_id, count(*) from team_membership where team_id in (?1) and left_on is null group by team_id""";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    TeamLookup teams;

    public Page<TeamView> list(UUID orgUnitId, TeamKind kind, TeamLevel level, String q, String sort, PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        w.andIf(kind, "t.kind = ?").andIf(level, "t.level = ?");
        if (q != null && !q.isBlank()) {
            w.and("t.name ilike ?", Where.contains(q));
        }
        caller.restrict(w, "u.path");
        Page<VolunteerTeam> found = w.page(em, "t.*", "volunteer_team t join org_unit_replica u on u.id = t.org_unit_id",
                Where.orderBy(sort, SORTS, "t.name", "t.id"), page, VolunteerTeam.class);
        Map<UUID, Long> members = currentMembers(found.items().stream().map(t -> t.id).toList());
        return found.map(t -> TeamView.of(t, members.getOrDefault(t.id, 0L)));
    }

    public TeamView view(VolunteerTeam t) {
        return TeamView.of(t, currentMembers(List.of(t.id)).getOrDefault(t.id, 0L));
    }

    public Page<TeamLevelChange> levelHistory(UUID teamId, PageRequest page) {
        teams.require(teamId);
        return new Where().and("c.team_id = ?", teamId)
                .page(em, "c.*", "team_level_change c", "c.occurred_on, c.seq", page, TeamLevelChange.class);
    }

    /** Members of a team; with {@code activeOn}, those whose membership covered that day. */
    public Page<TeamMembership> memberships(UUID teamId, LocalDate activeOn, PageRequest page) {
        teams.require(teamId);
        Where w = new Where().and("m.team_id = ?", teamId);
        if (activeOn != null) {
            w.and("m.joined_on <= ? and (m.left_on is null or m.left_on > ?)", activeOn, activeOn);
        }
        return w.page(em, "m.*", "team_membership m", "m.joined_on, m.id", page, TeamMembership.class);
    }

    private Map<UUID, Long> currentMembers(List<UUID> ids) {
        Map<UUID, Long> counts = new HashMap<>();
        if (ids.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CURRENT_MEMBERS).setParameter(1, ids).getResultList();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}

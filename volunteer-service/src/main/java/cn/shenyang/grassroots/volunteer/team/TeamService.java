package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Teams and their levels; the only writer of {@link VolunteerTeam} and {@link TeamLevelChange}. */
@ApplicationScoped
public class TeamService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    TeamLookup teams;

    @Inject
    VolunteerLookup volunteers;

    @Transactional
    public VolunteerTeam create(TeamRequests.CreateTeam r) {
        orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        requireLevelFitsKind(r.level(), r.kind(), "level");
        if (r.leaderVolunteerId() != null) {
            volunteers.requireActiveField(r.leaderVolunteerId(), "leaderVolunteerId");
        }
        VolunteerTeam t = new VolunteerTeam();
        t.id = UUID.randomUUID();
        t.name = r.name().strip();
        t.kind = r.kind();
        t.level = r.level();
        t.orgUnitId = r.orgUnitId();
        t.leaderVolunteerId = r.leaderVolunteerId();
        t.foundedOn = DatedSteps.require(r.foundedOn(), today.date(), null, "foundedOn", null);
        t.levelSince = t.foundedOn;
        t.description = r.description();
        t.created(caller.name(), clock);
        t.persist();
        append(t, null, t.level, t.foundedOn, "founded");
        return t;
    }

    @Transactional
    public VolunteerTeam update(UUID id, String ifMatch, TeamRequests.UpdateTeam r) {
        VolunteerTeam t = teams.require(id);
        Versions.requireMatch(ifMatch, t.version);
        if (!r.orgUnitId().equals(t.orgUnitId)) {
            orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        }
        requireLevelFitsKind(t.level, r.kind(), "kind");
        if (r.leaderVolunteerId() != null && !r.leaderVolunteerId().equals(t.leaderVolunteerId)) {
            volunteers.requireActiveField(r.leaderVolunteerId(), "leaderVolunteerId");
        }
        t.name = r.name().strip();
        t.kind = r.kind();
        t.orgUnitId = r.orgUnitId();
        t.leaderVolunteerId = r.leaderVolunteerId();
        t.description = r.description();
        t.touched(caller.name(), clock);
        VolunteerTeam.flush();
        return t;
    }

    /** An upgrade or step down, dated when it happened and kept in the team's history. */
    @Transactional
    public VolunteerTeam changeLevel(UUID id, String ifMatch, TeamRequests.ChangeLevel r) {
        VolunteerTeam t = teams.require(id);
        Versions.requireMatch(ifMatch, t.version);
        if (r.level() == t.level) {
            throw ProblemException.conflict("The team is already at level " + t.level + " (since " + t.levelSince + ")");
        }
        String refusal = r.level().refusalFor(t.kind);
        if (refusal != null) {
            throw ProblemException.conflict(refusal);
        }
        LocalDate on = DatedSteps.require(r.occurredOn(), today.date(), t.levelSince, "occurredOn",
                "the team's current level began");
        append(t, t.level, r.level(), on, r.reason().strip());
        t.level = r.level();
        t.levelSince = on;
        t.touched(caller.name(), clock);
        VolunteerTeam.flush();
        return t;
    }

    private static void requireLevelFitsKind(TeamLevel level, TeamKind kind, String field) {
        String refusal = level.refusalFor(kind);
        if (refusal != null) {
            throw ProblemException.invalid(field, refusal);
        }
    }

    private void append(VolunteerTeam t, TeamLevel from, TeamLevel to, LocalDate on, String reason) {
        TeamLevelChange c = new TeamLevelChange();
        c.id = UUID.randomUUID();
        c.teamId = t.id;
        c.fromLevel = from;
        c.toLevel = to;
        c.occurredOn = on;
        c.reason = reason;
        c.recordedBy = caller.name();
        c.recordedAt = today.now();
        c.persist();
    }
}

package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.volunteer.Volunteer;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Volunteers joining and leaving teams. A volunteer has at most one current membership of a team
 * (a unique index decides between concurrent joins), and a later membership begins no earlier
 * than the previous one ended.
 */
@ApplicationScoped
public class MembershipService {
    private static final String ONE_CURRENT = "team_membership_one_current";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    TeamLookup teams;

    @Inject
    TeamLookup.Memberships memberships;

    @Inject
    VolunteerLookup volunteers;

    @Transactional
    public TeamMembership join(UUID teamId, TeamRequests.Join r) {
        VolunteerTeam t = teams.require(teamId);
        Volunteer v = volunteers.requireActiveField(r.volunteerId(), "volunteerId");
        TeamMembership current = TeamMembership.find("teamId = ?1 and volunteerId = ?2 and leftOn is null", t.id, v.id)
                .firstResult();
        if (current != null) {
            throw ProblemException.conflict(v.name + " is already a member of " + t.name + " (since " + current.joinedOn + ")");
        }
        LocalDate notBefore = v.registeredOn.isAfter(t.foundedOn) ? v.registeredOn : t.foundedOn;
        String previous = v.registeredOn.isAfter(t.foundedOn) ? "the volunteer's registration" : "the team's founding";
        TeamMembership last = TeamMembership.find("teamId = ?1 and volunteerId = ?2 order by leftOn desc", t.id, v.id)
                .firstResult();
        if (last != null && last.leftOn.isAfter(notBefore)) {
            notBefore = last.leftOn;
            previous = "the end of the previous membership";
        }
        TeamMembership m = new TeamMembership();
        m.id = UUID.randomUUID();
        m.teamId = t.id;
        m.volunteerId = v.id;
        m.joinedOn = DatedSteps.require(r.joinedOn(), today.date(), notBefore, "joinedOn", previous);
        m.created(caller.name(), clock);
        try {
            m.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_CURRENT)) {
                throw ProblemException.conflict(v.name + " has just joined " + t.name + " in another request");
            }
            throw e;
        }
        return m;
    }

    @Transactional
    public TeamMembership leave(UUID teamId, UUID membershipId, String ifMatch, TeamRequests.Leave r) {
        teams.require(teamId);
        TeamMembership m = memberships.require(teamId, membershipId);
        Versions.requireMatch(ifMatch, m.version);
        if (m.leftOn != null) {
            throw ProblemException.conflict("The membership already ended on " + m.leftOn);
        }
        m.leftOn = DatedSteps.require(r == null ? null : r.leftOn(), today.date(), m.joinedOn, "leftOn", "joinedOn");
        m.leaveReason = r == null || r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        m.touched(caller.name(), clock);
        TeamMembership.flush();
        return m;
    }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.support.VolunteerConfig;
import cn.shenyang.grassroots.volunteer.volunteer.Volunteer;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Sign-ups and check-ins. A place is taken by one conditional update of the activity's count
 * ({@link #TAKE_PLACE}): PostgreSQL re-checks its condition on the latest row version after
 * waiting for a concurrent sign-up's lock, so no number of simultaneous sign-ups passes capacity.
 */
@ApplicationScoped
public class SignUpService {
    static final String TAKE_PLACE = """
            update service_activity set signed_up = signed_up + 1
            where id = ?1 and status = 'SCHEDULED' and (capacity is null or signed_up < capacity)""";
    static final String FREE_PLACE = "update service_activity set signed_up = signed_up - 1 where id = ?1";
    private static final String ONE_LIVE = "activity_participation_one_live";

    /** What a check-in did: checked in an existing sign-up, or created a walk-in. */
    public record CheckedIn(Participation participation, boolean walkIn) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    VolunteerConfig config;

    @Inject
    EntityManager em;

    @Inject
    ActivityLookup activities;

    @Inject
    VolunteerLookup volunteers;

    @Transactional
    public Participation signUp(UUID activityId, ActivityRequests.SignUp r) {
        ServiceActivity a = activities.require(activityId);
        ActivityService.requireScheduled(a);
        OffsetDateTime now = today.now();
        if (!now.isBefore(a.endsAt)) {
            throw ProblemException.conflict("The activity ended at " + a.endsAt + "; sign-ups are closed");
        }
        Volunteer v = volunteers.requireActiveField(r.volunteerId(), "volunteerId");
        Participation live = live(a.id, v.id, LockModeType.NONE);
        if (live != null) {
            throw ProblemException.conflict(v.name + " is already " + live.status() + " for this activity");
        }
        if (em.createNativeQuery(TAKE_PLACE).setParameter(1, a.id).executeUpdate() == 0) {
            throw ProblemException.conflict("The activity is full: all " + a.capacity + " places are taken");
        }
        Participation p = new Participation();
        p.id = UUID.randomUUID();
        p.activityId = a.id;
        p.volunteerId = v.id;
        p.walkIn = false;
        p.signedUpAt = now;
        p.created(caller.name(), clock);
        persist(p, v);
        return p;
    }

    @Transactional
    public Participation cancel(UUID activityId, UUID participationId, String ifMatch) {
        ServiceActivity a = activities.require(activityId);
        Participation p = Participation.find("id = ?1 and activityId = ?2", participationId, a.id)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (p == null) {
            throw ProblemException.notFound("Sign-up", participationId);
        }
        Versions.requireMatch(ifMatch, p.version);
        if (p.status() != ParticipationStatus.SIGNED_UP) {
            throw ProblemException.conflict("Only a sign-up not yet checked in can be cancelled; this one is " + p.status());
        }
        p.cancelledAt = today.now();
        p.touched(caller.name(), clock);
        em.createNativeQuery(FREE_PLACE).setParameter(1, a.id).executeUpdate();
        return p;
    }

    /** Checks in a signed-up volunteer, or records a walk-in (never limited by capacity: they are there). */
    @Transactional
    public CheckedIn checkIn(UUID activityId, ActivityRequests.CheckIn r) {
        ServiceActivity a = activities.require(activityId);
        ActivityService.requireScheduled(a);
        Volunteer v = volunteers.requireActiveField(r.volunteerId(), "volunteerId");
        OffsetDateTime now = today.now();
        OffsetDateTime at = r.checkedInAt() == null ? now : r.checkedInAt().withOffsetSameInstant(ZoneOffset.UTC);
        if (at.isAfter(now)) {
            throw ProblemException.invalid("checkedInAt", "must not be in the future");
        }
        OffsetDateTime opens = a.startsAt.minus(config.earlyCheckIn());
        if (at.isBefore(opens) || at.isAfter(a.endsAt)) {
            throw ProblemException.invalid("checkedInAt", "must lie between " + opens + " (check-in opens) and " + a.endsAt
                    + " (the activity's end)");
        }
        Participation p = live(a.id, v.id, LockModeType.PESSIMISTIC_WRITE);
        if (p != null) {
            if (p.checkedInAt != null) {
                throw ProblemException.conflict(v.name + " already checked in at " + p.checkedInAt);
            }
            p.checkedInAt = at;
            p.touched(caller.name(), clock);
            Participation.flush();
            return new CheckedIn(p, false);
        }
        p = new Participation();
        p.id = UUID.randomUUID();
        p.activityId = a.id;
        p.volunteerId = v.id;
        p.walkIn = true;
        p.checkedInAt = at;
        p.created(caller.name(), clock);
        persist(p, v);
        return new CheckedIn(p, true);
    }

    private static Participation live(UUID activityId, UUID volunteerId, LockModeType lock) {
        return Participation.find("activityId = ?1 and volunteerId = ?2 and cancelledAt is null", activityId, volunteerId)
                .withLock(lock).firstResult();
    }

    private static void persist(Participation p, Volunteer v) {
        try {
            p.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_LIVE)) {
                throw ProblemException.conflict(v.name + " has just been signed up or checked in by another request");
            }
            throw e;
        }
    }
}

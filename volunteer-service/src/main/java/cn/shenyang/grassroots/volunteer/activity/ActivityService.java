package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.team.TeamLookup;
import cn.shenyang.grassroots.volunteer.team.VolunteerTeam;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Activities and fairs with their service items; sign-ups and check-ins are {@link SignUpService}'s. */
@ApplicationScoped
public class ActivityService {
    static final Duration LONGEST = Duration.ofDays(7);
    private static final String LOCK = "select signed_up from service_activity where id = ?1 for no key update";

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    TeamLookup teams;

    @Inject
    ActivityLookup activities;

    @Transactional
    public ServiceActivity create(ActivityRequests.CreateActivity r) {
        if ((r.organizerTeamId() == null) == (r.organizerOrgUnitId() == null)) {
            throw ProblemException.invalid("organizerTeamId", "give exactly one of organizerTeamId and organizerOrgUnitId");
        }
        ServiceActivity a = new ServiceActivity();
        a.id = UUID.randomUUID();
        if (r.organizerTeamId() != null) {
            VolunteerTeam team = teams.requireField(r.organizerTeamId(), "organizerTeamId");
            a.organizerTeamId = team.id;
            a.orgUnitId = team.orgUnitId;
        } else {
            a.orgUnitId = orgUnits.requireActiveField(r.organizerOrgUnitId(), "organizerOrgUnitId").id();
        }
        a.kind = r.kind();
        a.status = ActivityStatus.SCHEDULED;
        apply(a, r.title(), r.theme(), r.place(), r.startsAt(), r.endsAt(), r.capacity(), r.items());
        a.created(caller.name(), clock);
        a.persist();
        replaceItems(a, r.items());
        return a;
    }

    @Transactional
    public ServiceActivity update(UUID id, String ifMatch, ActivityRequests.UpdateActivity r) {
        ServiceActivity a = activities.require(id);
        Versions.requireMatch(ifMatch, a.version);
        requireScheduled(a);
        // serialises with sign-ups, which move signed_up under the same row lock
        int signedUp = ((Number) em.createNativeQuery(LOCK).setParameter(1, a.id).getSingleResult()).intValue();
        if (r.capacity() != null && r.capacity() < signedUp) {
            throw ProblemException.conflict("capacity " + r.capacity() + " is below the " + signedUp
                    + " volunteers already signed up; cancel sign-ups first");
        }
        apply(a, r.title(), r.theme(), r.place(), r.startsAt(), r.endsAt(), r.capacity(), r.items());
        a.signedUp = signedUp;
        a.touched(caller.name(), clock);
        ServiceItem.delete("activityId", a.id);
        ServiceItem.flush();
        replaceItems(a, r.items());
        ServiceActivity.flush();
        return a;
    }

    @Transactional
    public ServiceActivity cancel(UUID id, String ifMatch, ActivityRequests.Cancel r) {
        ServiceActivity a = activities.require(id);
        Versions.requireMatch(ifMatch, a.version);
        requireScheduled(a);
        if (!OffsetDateTime.now(clock).isBefore(a.endsAt)) {
            throw ProblemException.conflict("The activity ended on " + a.endsAt + "; a held activity cannot be cancelled");
        }
        a.status = ActivityStatus.CANCELLED;
        a.cancelReason = r.reason().strip();
        a.touched(caller.name(), clock);
        ServiceActivity.flush();
        return a;
    }

    static void requireScheduled(ServiceActivity a) {
        if (a.status == ActivityStatus.CANCELLED) {
            throw ProblemException.conflict("The activity was cancelled: " + a.cancelReason);
        }
    }

    private static void apply(ServiceActivity a, String title, ServiceTheme theme, String place, OffsetDateTime startsAt,
            OffsetDateTime endsAt, Integer capacity, List<ActivityRequests.Item> items) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.invalid("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw ProblemException.invalid("endsAt", "must be at most 7 days after startsAt");
        }
        if (a.kind == ActivityKind.SERVICE_FAIR && (items == null || items.isEmpty())) {
            throw ProblemException.invalid("items", "a SERVICE_FAIR offers at least one service item");
        }
        a.title = title.strip();
        a.theme = theme;
        a.place = place.strip();
        a.startsAt = startsAt.withOffsetSameInstant(ZoneOffset.UTC);
        a.endsAt = endsAt.withOffsetSameInstant(ZoneOffset.UTC);
        a.capacity = capacity;
    }

    private static void replaceItems(ServiceActivity a, List<ActivityRequests.Item> items) {
        if (items == null) {
            return;
        }
        int seq = 0;
        for (ActivityRequests.Item r : items) {
            ServiceItem i = new ServiceItem();
            i.id = UUID.randomUUID();
            i.activityId = a.id;
            i.seq = ++seq;
            i.name = r.name().strip();
            i.provider = r.provider();
            i.description = r.description();
            i.persist();
        }
    }
}

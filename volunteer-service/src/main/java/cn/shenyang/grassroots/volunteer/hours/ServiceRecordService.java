package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.activity.ActivityLookup;
import cn.shenyang.grassroots.volunteer.activity.ActivityStatus;
import cn.shenyang.grassroots.volunteer.activity.Participation;
import cn.shenyang.grassroots.volunteer.activity.ServiceActivity;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import cn.shenyang.grassroots.volunteer.support.Today;
import cn.shenyang.grassroots.volunteer.support.VolunteerConfig;
import cn.shenyang.grassroots.volunteer.volunteer.Volunteer;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Records service hours and corrects them, only ever adding rows. Each write locks its volunteer's
 * row first, so the overlap check and the rows it guards cannot interleave with another write for
 * the same volunteer; the derived hours and star levels are rebuilt in the same transaction.
 */
@ApplicationScoped
public class ServiceRecordService {
    private static final UUID NONE = new UUID(0, 0);
    private static final String ONE_REVERSAL = "service_record_one_reversal";
    /** The volunteer's first effective record sharing a moment with [?2, ?3), other than ?4. */
    private static final String OVERLAPPING = """
            select s.* from service_record s
            where s.volunteer_id = ?1 and s.kind <> 'REVERSAL' and s.started_at < ?3 and s.ended_at > ?2 and s.id <> ?4
              and not exists (select 1 from service_record r where r.corrects_id = s.id and r.kind = 'REVERSAL')
            order by s.started_at limit 1""";
    private static final String REVERSAL_OF = "select id from service_record where corrects_id = ?1 and kind = 'REVERSAL'";

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Today today;

    @Inject
    VolunteerConfig config;

    @Inject
    EntityManager em;

    @Inject
    VolunteerLookup volunteers;

    @Inject
    ActivityLookup activities;

    @Inject
    ServiceRecordLookup records;

    @Transactional
    public ServiceRecord record(ServiceRecordRequests.CreateRecord r) {
        Volunteer v = volunteers.requireField(r.volunteerId(), "volunteerId");
        ServiceRecord s = new ServiceRecord();
        s.kind = ServiceRecordKind.ORIGINAL;
        if (r.activityId() != null) {
            ServiceActivity a = activities.requireField(r.activityId(), "activityId");
            if (r.orgUnitId() != null && !r.orgUnitId().equals(a.orgUnitId)) {
                throw ProblemException.invalid("orgUnitId", "is the activity's organising unit; leave it out");
            }
            requireAttended(a, v);
            s.activityId = a.id;
            s.orgUnitId = a.orgUnitId;
        } else if (r.orgUnitId() == null) {
            throw ProblemException.invalid("orgUnitId", "is required for a service outside an activity");
        } else {
            s.orgUnitId = orgUnits.requireField(r.orgUnitId(), "orgUnitId").id();
        }
        fill(s, v, r.startedAt(), r.endedAt(), r.hours(), r.description());
        requireActivityWindow(s);
        lock(v.id);
        requireNoOverlap(s, NONE);
        s.persist();
        rebuild(v.id);
        return s;
    }

    /** A reversal of the record, and for AMEND the corrected record; the record itself stays as it was. */
    @Transactional
    public List<ServiceRecord> correct(UUID id, ServiceRecordRequests.Correct r) {
        ServiceRecord original = records.require(id);
        if (original.kind == ServiceRecordKind.REVERSAL) {
            throw ProblemException.conflict("A reversal cannot be corrected; correct the record it reverses instead");
        }
        Volunteer v = volunteers.require(original.volunteerId);
        lock(v.id);
        List<?> reversed = em.createNativeQuery(REVERSAL_OF).setParameter(1, original.id).getResultList();
        if (!reversed.isEmpty()) {
            throw ProblemException.conflict("The record was already corrected (reversal " + reversed.get(0)
                    + "); correct its amendment instead");
        }
        ServiceRecord reversal = new ServiceRecord();
        reversal.kind = ServiceRecordKind.REVERSAL;
        reversal.correctsId = original.id;
        reversal.activityId = original.activityId;
        reversal.orgUnitId = original.orgUnitId;
        reversal.id = UUID.randomUUID();
        reversal.volunteerId = original.volunteerId;
        reversal.startedAt = original.startedAt;
        reversal.endedAt = original.endedAt;
        reversal.servedOn = original.servedOn;
        reversal.hours = original.hours.negate();
        reversal.description = original.description;
        reversal.reason = r.reason().strip();
        stamp(reversal);
        ServiceRecord amendment = null;
        if (r.action() == CorrectionAction.AMEND) {
            if (r.startedAt() == null && r.endedAt() == null && r.hours() == null && r.description() == null) {
                throw ProblemException.invalid("action", "AMEND needs at least one of startedAt, endedAt, hours, description");
            }
            amendment = new ServiceRecord();
            amendment.kind = ServiceRecordKind.AMENDMENT;
            amendment.correctsId = original.id;
            amendment.activityId = original.activityId;
            amendment.orgUnitId = original.orgUnitId;
            fill(amendment, v, r.startedAt() == null ? original.startedAt : r.startedAt(),
                    r.endedAt() == null ? original.endedAt : r.endedAt(), r.hours() == null ? original.hours : r.hours(),
                    r.description() == null ? original.description : r.description());
            amendment.reason = reversal.reason;
            requireActivityWindow(amendment);
            requireNoOverlap(amendment, original.id);
        }
        try {
            reversal.persist();
            if (amendment != null) {
                amendment.persist();
            }
            em.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_REVERSAL)) {
                throw ProblemException.conflict("The record was corrected by another request just now; read it again");
            }
            throw e;
        }
        rebuild(v.id);
        return amendment == null ? List.of(reversal) : List.of(reversal, amendment);
    }

    private void fill(ServiceRecord s, Volunteer v, OffsetDateTime startedAt, OffsetDateTime endedAt, BigDecimal hours,
            String description) {
        List<ServiceRecordRules.Violation> violations = ServiceRecordRules.check(startedAt, endedAt, hours, today.now());
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream().map(x -> new Problem.Violation(x.field(), x.message())).toList());
        }
        s.id = UUID.randomUUID();
        s.volunteerId = v.id;
        s.startedAt = startedAt.withOffsetSameInstant(ZoneOffset.UTC);
        s.endedAt = endedAt.withOffsetSameInstant(ZoneOffset.UTC);
        s.servedOn = today.dayOf(startedAt.toInstant());
        if (s.servedOn.isBefore(v.registeredOn)) {
            throw ProblemException.invalid("startedAt", "must not be before the volunteer registered (" + v.registeredOn + ")");
        }
        s.hours = hours.setScale(1);
        s.description = description == null || description.isBlank() ? null : description.strip();
        stamp(s);
    }

    private void stamp(ServiceRecord s) {
        s.recordedBy = caller.name();
        s.recordedAt = today.now();
    }

    /** Hours at an activity go to volunteers who checked in there (signed up or walked in). */
    private static void requireAttended(ServiceActivity a, Volunteer v) {
        if (a.status == ActivityStatus.CANCELLED) {
            throw ProblemException.conflict("The activity was cancelled; no hours are recorded for it");
        }
        long attended = Participation.count("activityId = ?1 and volunteerId = ?2 and cancelledAt is null "
                + "and checkedInAt is not null", a.id, v.id);
        if (attended == 0) {
            throw ProblemException.conflict(v.name + " did not check in at this activity; check them in (a walk-in if "
                    + "they did not sign up) before recording their hours");
        }
    }

    /** A service at an activity begins during it (check-in opens volunteer.early-check-in before the start). */
    private void requireActivityWindow(ServiceRecord s) {
        if (s.activityId == null) {
            return;
        }
        ServiceActivity a = em.find(ServiceActivity.class, s.activityId);
        OffsetDateTime opens = a.startsAt.minus(config.earlyCheckIn());
        if (s.startedAt.isBefore(opens) || !s.startedAt.isBefore(a.endsAt)) {
            throw ProblemException.invalid("startedAt", "must lie within the activity (" + opens + " to " + a.endsAt + ")");
        }
    }

    private void requireNoOverlap(ServiceRecord s, UUID ignoring) {
        @SuppressWarnings("unchecked")
        List<ServiceRecord> clash = em.createNativeQuery(OVERLAPPING, ServiceRecord.class).setParameter(1, s.volunteerId)
                .setParameter(2, s.startedAt).setParameter(3, s.endedAt).setParameter(4, ignoring).getResultList();
        if (!clash.isEmpty()) {
            ServiceRecord c = clash.get(0);
            throw ProblemException.conflict("The volunteer's record " + c.id + " already covers " + c.startedAt + " to "
                    + c.endedAt + "; one person cannot serve twice at once (correct that record if it is wrong)");
        }
    }

    private void lock(UUID volunteerId) {
        em.unwrap(Session.class).doWork(c -> HoursLedger.lock(c, Set.of(volunteerId)));
    }

    private void rebuild(UUID volunteerId) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> HoursLedger.rebuild(c, Set.of(volunteerId)));
    }
}

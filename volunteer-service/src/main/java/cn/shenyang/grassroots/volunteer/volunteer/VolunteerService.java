package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.hours.HoursLedger;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/** Registering volunteers and changing their details; the only writer of {@link Volunteer} besides the import. */
@ApplicationScoped
public class VolunteerService {
    /** The unique constraint that keeps one registration per person. */
    public static final String ID_NUMBER_UNIQUE = "volunteer_id_number_unique";
    static final String DUPLICATE = "A volunteer with this ID number is already registered (one registration per person)";
    private static final String FIRST_SERVICE = "select cast(min(served_on) as text) from service_record where volunteer_id = ?1";

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    VolunteerLookup volunteers;

    @Inject
    EntityManager em;

    @Transactional
    public Volunteer create(VolunteerRequests.CreateVolunteer r) {
        orgUnits.requireActiveField(r.homeCommunityId(), "homeCommunityId", OrgLevels.VILLAGE_TIER);
        requireRealName(r.idNumber(), r.birthDate(), r.gender());
        Volunteer v = new Volunteer();
        v.id = UUID.randomUUID();
        v.registeredOn = registeredOn(r.registeredOn(), r.birthDate());
        v.status = r.status() == null ? VolunteerStatus.ACTIVE : r.status();
        apply(v, r.name(), r.gender(), r.birthDate(), r.phone(), r.idNumber(), r.homeCommunityId(), r.partyMember(),
                r.skills());
        v.created(caller.name(), clock);
        requireUnregistered(r.idNumber(), v.id);
        try {
            // flushed here: the unique ID number decides between concurrent registrations of one person
            v.persistAndFlush();
        } catch (PersistenceException e) {
            throw duplicateOr(e);
        }
        return v;
    }

    @Transactional
    public Volunteer update(UUID id, String ifMatch, VolunteerRequests.UpdateVolunteer r) {
        Volunteer v = volunteers.require(id);
        Versions.requireMatch(ifMatch, v.version);
        if (!r.homeCommunityId().equals(v.homeCommunityId)) {
            orgUnits.requireActiveField(r.homeCommunityId(), "homeCommunityId", OrgLevels.VILLAGE_TIER);
        }
        requireRealName(r.idNumber(), r.birthDate(), r.gender());
        requireUnregistered(r.idNumber(), v.id);
        if (!r.registeredOn().equals(v.registeredOn)) {
            v.registeredOn = registeredOn(r.registeredOn(), r.birthDate());
            requireNoServiceBefore(v);
        }
        boolean countedElsewhere = r.status() != v.status || !r.homeCommunityId().equals(v.homeCommunityId);
        v.status = r.status();
        apply(v, r.name(), r.gender(), r.birthDate(), r.phone(), r.idNumber(), r.homeCommunityId(), r.partyMember(),
                r.skills());
        v.touched(caller.name(), clock);
        try {
            Volunteer.flush();
        } catch (PersistenceException e) {
            throw duplicateOr(e);
        }
        if (countedElsewhere) {
            // the updated row stays locked until commit, as every ledger write's lock would hold it
            em.unwrap(Session.class).doWork(c -> HoursLedger.rebuild(c, Set.of(v.id)));
        }
        return v;
    }

    private static void apply(Volunteer v, String name, Gender gender, LocalDate birthDate, String phone, String idNumber,
            UUID home, boolean partyMember, List<Skill> skills) {
        v.name = name.strip();
        v.gender = gender;
        v.birthDate = birthDate;
        v.phone = phone;
        v.idNumber = idNumber;
        v.homeCommunityId = home;
        v.partyMember = partyMember;
        v.skills = Volunteer.joinSkills(skills);
    }

    private LocalDate registeredOn(LocalDate requested, LocalDate birthDate) {
        LocalDate day = requested == null ? today.date() : requested;
        if (day.isAfter(today.date())) {
            throw ProblemException.invalid("registeredOn", "must not be in the future (today is " + today.date() + ")");
        }
        if (!day.isAfter(birthDate)) {
            throw ProblemException.invalid("registeredOn", "must be after the birth date");
        }
        return day;
    }

    /** Hours are never served before registration, so a later registration day may not leave records before it. */
    private void requireNoServiceBefore(Volunteer v) {
        String first = (String) em.createNativeQuery(FIRST_SERVICE).setParameter(1, v.id).getSingleResult();
        if (first != null && LocalDate.parse(first).isBefore(v.registeredOn)) {
            throw ProblemException.invalid("registeredOn", "must not be after the volunteer's first service (" + first + ")");
        }
    }

    static void requireRealName(String idNumber, LocalDate birthDate, Gender gender) {
        List<String[]> refusals = RealName.refusals(idNumber, birthDate, gender);
        if (!refusals.isEmpty()) {
            throw ProblemException.invalid(refusals.stream().map(f -> new Problem.Violation(f[0], f[1])).toList());
        }
    }

    /**
     * Checked before writing, so the database refuses a duplicate (and its server log records the key)
     * only when two registrations of one person race.
     */
    private static void requireUnregistered(String idNumber, UUID self) {
        if (Volunteer.count("idNumber = ?1 and id <> ?2", idNumber, self) > 0) {
            throw ProblemException.conflict(DUPLICATE);
        }
    }

    /** The one-registration rule in words; anything else as it came. Never quotes the ID number. */
    private static RuntimeException duplicateOr(PersistenceException e) {
        if (Constraints.violated(e, ID_NUMBER_UNIQUE)) {
            return ProblemException.conflict(DUPLICATE);
        }
        return e;
    }
}

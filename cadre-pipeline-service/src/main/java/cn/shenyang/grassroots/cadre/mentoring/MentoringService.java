package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.cadre.reserve.CadreLeftPool;
import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Rules of mentorships and talk records; the only writer of both. */
@ApplicationScoped
public class MentoringService implements CurrentVersion {
    @Inject
    CadreLookup cadres;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Transactional
    public Mentorship create(MentoringRequests.CreateMentorship r) {
        ReserveCadre c = cadres.requireInPoolField(r.cadreId(), "cadreId", "Mentorships");
        LocalDate startsOn = r.startsOn() == null ? today.date() : r.startsOn();
        if (Mentorship.count("cadreId = ?1 and level = ?2 and endsOn is null", c.id, r.level()) > 0) {
            throw ProblemException.conflict(c.name + " already has a current " + r.level()
                    + " mentor; end that mentorship first");
        }
        Mentorship m = new Mentorship();
        m.id = UUID.randomUUID();
        m.cadreId = c.id;
        m.level = r.level();
        m.mentorName = r.mentorName().strip();
        m.mentorPosition = r.mentorPosition();
        m.startsOn = startsOn;
        m.created(caller.name(), clock);
        m.persist();
        return m;
    }

    @Transactional
    public Mentorship update(UUID id, String ifMatch, MentoringRequests.UpdateMentorship r) {
        Mentorship m = require(id);
        Versions.requireMatch(ifMatch, m.version);
        if (r.endsOn() != null && r.endsOn().isBefore(m.startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn (" + m.startsOn + ")");
        }
        if (r.endsOn() == null && m.endsOn != null
                && Mentorship.count("cadreId = ?1 and level = ?2 and endsOn is null and id <> ?3", m.cadreId, m.level, m.id) > 0) {
            throw ProblemException.conflict("Another " + m.level + " mentorship is current; this one cannot be reopened");
        }
        m.mentorName = r.mentorName().strip();
        m.mentorPosition = r.mentorPosition();
        m.endsOn = r.endsOn();
        m.touched(caller.name(), clock);
        return m;
    }

    @Transactional
    public TalkRecord recordTalk(MentoringRequests.CreateTalkRecord r) {
        ReserveCadre c = cadres.requireInPoolField(r.cadreId(), "cadreId", "Talk records");
        if (r.heldOn().isAfter(today.date())) {
            throw ProblemException.invalid("heldOn", "must not be in the future");
        }
        TalkRecord t = new TalkRecord();
        t.id = UUID.randomUUID();
        t.cadreId = c.id;
        t.talkerRole = r.talkerRole();
        t.heldOn = r.heldOn();
        t.summary = r.summary().strip();
        if (r.talkerRole() == TalkerRole.TOWNSHIP_SECRETARY) {
            if (r.mentorshipId() != null) {
                throw ProblemException.invalid("mentorshipId", "must be empty for a talk by the township Party secretary");
            }
            if (r.talkerName() == null || r.talkerName().isBlank()) {
                throw ProblemException.invalid("talkerName", "is required for a talk by the township Party secretary");
            }
            t.talkerName = r.talkerName().strip();
        } else {
            if (r.mentorshipId() == null) {
                throw ProblemException.invalid("mentorshipId", "is required for a mentor's talk");
            }
            Mentorship m = Mentorship.findById(r.mentorshipId());
            if (m == null || !m.cadreId.equals(c.id)) {
                throw ProblemException.invalid("mentorshipId", "no mentorship " + r.mentorshipId() + " of this cadre exists");
            }
            TalkerRole expected = m.level == MentorLevel.TOWNSHIP ? TalkerRole.TOWNSHIP_MENTOR : TalkerRole.VILLAGE_MENTOR;
            if (r.talkerRole() != expected) {
                throw ProblemException.invalid("talkerRole", "must be " + expected + " for a " + m.level + " mentorship");
            }
            if (r.heldOn().isBefore(m.startsOn) || (m.endsOn != null && r.heldOn().isAfter(m.endsOn))) {
                throw ProblemException.invalid("heldOn", "must fall within the mentorship (" + m.startsOn + " to "
                        + (m.endsOn == null ? "now" : m.endsOn) + ")");
            }
            t.mentorshipId = m.id;
            t.talkerName = r.talkerName() == null || r.talkerName().isBlank() ? m.mentorName : r.talkerName().strip();
        }
        t.created(caller.name(), clock);
        t.persist();
        return t;
    }

    /** A cadre who leaves the pool has no mentors any more, from the day of leaving (or the mentorship's start, if later). */
    void endMentorships(@Observes CadreLeftPool left) {
        Mentorship.update("""
                endsOn = case when startsOn > ?1 then startsOn else ?1 end, updatedAt = ?2, updatedBy = ?3,
                version = version + 1 where cadreId = ?4 and endsOn is null""",
                left.on(), java.time.OffsetDateTime.now(clock), caller.name(), left.cadreId());
    }

    public Mentorship require(UUID id) {
        Mentorship m = Mentorship.findById(id);
        if (m == null || !cadres.visible(m.cadreId)) {
            throw ProblemException.notFound("Mentorship", id);
        }
        return m;
    }

    public TalkRecord requireTalk(UUID id) {
        TalkRecord t = TalkRecord.findById(id);
        if (t == null || !cadres.visible(t.cadreId)) {
            throw ProblemException.notFound("Talk record", id);
        }
        return t;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

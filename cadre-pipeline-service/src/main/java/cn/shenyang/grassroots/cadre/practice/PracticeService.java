package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Rules of practice assignments; the only writer of {@link PracticeAssignment}. */
@ApplicationScoped
public class PracticeService implements CurrentVersion {
    @Inject
    CadreLookup cadres;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public PracticeAssignment create(PracticeRequests.CreatePracticeAssignment r) {
        ReserveCadre c = cadres.requireInPoolField(r.cadreId(), "cadreId", "Practice assignments");
        requireDates(r.startsOn(), r.endsOn());
        PracticeAssignment p = new PracticeAssignment();
        p.id = UUID.randomUUID();
        p.cadreId = c.id;
        p.kind = r.kind();
        p.title = r.title().strip();
        p.responsibilities = r.responsibilities().strip();
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.created(caller.name(), clock);
        p.persist();
        return p;
    }

    @Transactional
    public PracticeAssignment update(UUID id, String ifMatch, PracticeRequests.UpdatePracticeAssignment r) {
        PracticeAssignment p = require(id);
        Versions.requireMatch(ifMatch, p.version);
        requireDates(r.startsOn(), r.endsOn());
        p.kind = r.kind();
        p.title = r.title().strip();
        p.responsibilities = r.responsibilities().strip();
        p.startsOn = r.startsOn();
        p.endsOn = r.endsOn();
        p.assessment = r.assessment();
        p.touched(caller.name(), clock);
        return p;
    }

    public PracticeAssignment require(UUID id) {
        PracticeAssignment p = PracticeAssignment.findById(id);
        if (p == null || !cadres.visible(p.cadreId)) {
            throw ProblemException.notFound("Practice assignment", id);
        }
        return p;
    }

    private static void requireDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

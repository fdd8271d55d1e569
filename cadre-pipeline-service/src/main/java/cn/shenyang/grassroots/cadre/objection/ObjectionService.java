package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Objections filed during a candidate's publicity window, and what they hold back; the only writer of {@link Objection}. */
@ApplicationScoped
public class ObjectionService {
    @Inject
    CadreLookup cadres;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Transactional
    public Objection file(UUID cadreId, ObjectionRequests.FileObjection r) {
        ReserveCadre c = cadres.require(cadreId);
        LocalDate day = today.date();
        if (c.stage != Stage.PUBLICIZED) {
            throw ProblemException.conflict("Objections are accepted only while a candidate is under publicity; "
                    + c.name + " is in stage " + c.stage);
        }
        if (day.isBefore(c.publicityStartsOn) || day.isAfter(c.publicityEndsOn)) {
            throw ProblemException.conflict("The publicity window runs from " + c.publicityStartsOn + " to "
                    + c.publicityEndsOn + "; objections are accepted only inside it");
        }
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.cadreId = c.id;
        o.filedOn = day;
        o.objector = r.objector() == null || r.objector().isBlank() ? null : r.objector().strip();
        o.summary = r.summary().strip();
        o.status = ObjectionStatus.OPEN;
        o.created(caller.name(), clock);
        o.persist();
        return o;
    }

    @Transactional
    public Objection settle(UUID cadreId, UUID objectionId, String ifMatch, ObjectionRequests.SettleObjection r) {
        Objection o = require(cadreId, objectionId);
        Versions.requireMatch(ifMatch, o.version);
        if (r.outcome() == ObjectionStatus.OPEN) {
            throw ProblemException.invalid("outcome", "must be UPHELD or DISMISSED");
        }
        if (o.status != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("This objection was already settled as " + o.status + " on " + o.settledOn);
        }
        o.status = r.outcome();
        o.settlement = r.settlement().strip();
        o.settledOn = today.date();
        o.touched(caller.name(), clock);
        return o;
    }

    /** The objection of a cadre the caller can see, or 404. */
    public Objection require(UUID cadreId, UUID objectionId) {
        cadres.require(cadreId);
        Objection o = Objection.findById(objectionId);
        if (o == null || !o.cadreId.equals(cadreId)) {
            throw ProblemException.notFound("Objection", objectionId);
        }
        return o;
    }

    /** Why objections keep the cadre out of the pool, or null when none does. */
    public String holdingAdmission(UUID cadreId) {
        long upheld = Objection.count("cadreId = ?1 and status = ?2", cadreId, ObjectionStatus.UPHELD);
        if (upheld > 0) {
            return upheld + " objection(s) were upheld; the candidate cannot be admitted (REJECT instead)";
        }
        long open = Objection.count("cadreId = ?1 and status = ?2", cadreId, ObjectionStatus.OPEN);
        if (open > 0) {
            return open + " objection(s) filed during publicity are still open; settle them first";
        }
        return null;
    }
}

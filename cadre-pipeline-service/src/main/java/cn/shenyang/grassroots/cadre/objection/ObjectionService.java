package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.support.Today;
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

/** Objections filed during a candidate's publicity window, and what they hold back; the only writer of {@link Objection}. */
@ApplicationScoped
public class ObjectionService implements CurrentVersion {
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
        LocalDate day = r.filedOn() == null ? today.date() : r.filedOn();
        requireNotFuture(day, "filedOn");
        if (c.stage != Stage.PUBLICIZED) {
            throw ProblemException.conflict("Objections are accepted only while a candidate is under publicity; "
                    + c.name + " is in stage " + c.stage);
        }
        if (day.isBefore(c.publicityStartsOn) || day.isAfter(c.publicityEndsOn)) {
            throw ProblemException.conflict("The publicity window runs from " + c.publicityStartsOn + " to "
                    + c.publicityEndsOn + "; objections are accepted only inside it (filed on " + day + ")");
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
        LocalDate day = r.settledOn() == null ? today.date() : r.settledOn();
        requireNotFuture(day, "settledOn");
        if (day.isBefore(o.filedOn)) {
            throw ProblemException.invalid("settledOn", "must not be before the objection was filed (" + o.filedOn + ")");
        }
        o.status = r.outcome();
        o.settlement = r.settlement().strip();
        o.settledOn = day;
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

    /** Why objections keep the cadre out of the pool on {@code day}, or null: any upheld one, or one still open that day. */
    public String holdingAdmission(UUID cadreId, LocalDate day) {
        long upheld = Objection.count("cadreId = ?1 and status = ?2", cadreId, ObjectionStatus.UPHELD);
        if (upheld > 0) {
            return upheld + " objection(s) were upheld; the candidate cannot be admitted (REJECT instead)";
        }
        long open = Objection.count("cadreId = ?1 and filedOn <= ?2 and (status = ?3 or settledOn > ?2)", cadreId, day,
                ObjectionStatus.OPEN);
        if (open > 0) {
            return open + " objection(s) filed during publicity were still open on " + day + "; settle them first";
        }
        return null;
    }

    private void requireNotFuture(LocalDate day, String field) {
        if (day.isAfter(today.date())) {
            throw ProblemException.invalid(field, "must not be in the future (today is " + today.date() + ")");
        }
    }

    /** For If-Match: the objection's version when its cadre is one the caller can see, else 404. */
    @Override
    public long of(UUID objectionId) {
        Objection o = Objection.findById(objectionId);
        if (o == null || !cadres.visible(o.cadreId)) {
            throw ProblemException.notFound("Objection", objectionId);
        }
        return o.version;
    }
}

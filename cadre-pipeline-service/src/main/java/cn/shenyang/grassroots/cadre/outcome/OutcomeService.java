package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
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

/** What became of a reserve cadre: the dated road into the Party, elections, the double-excellent flags. */
@ApplicationScoped
public class OutcomeService {
    @Inject
    CadreLookup cadres;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    /** The next step into the Party, in order and with dates that never go backwards. */
    @Transactional
    public ReserveCadre recordPartyStep(UUID id, String ifMatch, OutcomeRequests.RecordPartyStep r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        CadreLookup.requireInPool(c, "Party-admission steps");
        if (r.step() == PartyStatus.NONE) {
            throw ProblemException.invalid("step", "must be ACTIVIST, PROBATIONARY or MEMBER");
        }
        if (r.on().isAfter(today.date())) {
            throw ProblemException.invalid("on", "must not be in the future");
        }
        PartyStatus next = c.partyStatus.next().orElseThrow(() ->
                ProblemException.conflict(c.name + " is already a Party member"));
        if (r.step() != next) {
            throw ProblemException.conflict("The next step for " + c.name + " (now " + c.partyStatus + ") is "
                    + next + ", not " + r.step());
        }
        LocalDate previous = c.partyStatus == PartyStatus.ACTIVIST ? c.activistOn
                : c.partyStatus == PartyStatus.PROBATIONARY ? c.probationaryOn : null;
        if (previous != null && r.on().isBefore(previous)) {
            throw ProblemException.invalid("on", "must not be before the previous step (" + previous + ")");
        }
        switch (r.step()) {
            case ACTIVIST -> c.activistOn = r.on();
            case PROBATIONARY -> c.probationaryOn = r.on();
            case MEMBER -> {
                c.memberOn = r.on();
                // a member no longer needs the "recommend for admission" preference
                c.preferPartyAdmission = false;
            }
            default -> { }
        }
        c.partyStatus = r.step();
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public ReserveCadre recordElection(UUID id, String ifMatch, OutcomeRequests.RecordElection r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        CadreLookup.requireInPool(c, "Elections");
        if (r.electedOn().isAfter(today.date())) {
            throw ProblemException.invalid("electedOn", "must not be in the future");
        }
        c.electedCommittee = r.committee();
        c.electedOn = r.electedOn();
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public ReserveCadre setDoubleExcellent(UUID id, String ifMatch, OutcomeRequests.SetDoubleExcellent r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        CadreLookup.requireInPool(c, "Double-excellent flags");
        if (r.preferPartyAdmission()
                && (c.partyStatus == PartyStatus.PROBATIONARY || c.partyStatus == PartyStatus.MEMBER)) {
            throw ProblemException.conflict("Priority for Party admission is only for non-members; " + c.name
                    + " is already " + c.partyStatus);
        }
        c.preferPartyAdmission = r.preferPartyAdmission();
        c.preferNomination = r.preferNomination();
        c.doubleExcellentNote = r.note();
        c.touched(caller.name(), clock);
        return c;
    }
}

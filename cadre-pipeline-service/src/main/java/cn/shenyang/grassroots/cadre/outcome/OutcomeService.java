package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.CadreLeftPool;
import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.ReserveCadre;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * What became of a reserve cadre: the dated road into the Party, elections into the village
 * committees, the double-excellent flags. Party steps are recorded for pool members and for those
 * who left the pool by election; elections after the first (the ELECT step) for the elected.
 */
@ApplicationScoped
public class OutcomeService {
    @Inject
    EntityManager em;

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
        if (c.stage != Stage.IN_RESERVE && c.stage != Stage.ELECTED) {
            throw ProblemException.conflict("Party-admission steps are recorded for cadres in the reserve pool or "
                    + "elected from it; " + c.name + " is in stage " + c.stage);
        }
        if (r.step() == PartyStatus.NONE) {
            throw ProblemException.invalid("step", "must be ACTIVIST, PROBATIONARY or MEMBER");
        }
        PartyStatus next = c.partyStatus.next().orElseThrow(() ->
                ProblemException.conflict(c.name + " is already a Party member"));
        if (r.step() != next) {
            throw ProblemException.conflict("The next step for " + c.name + " (now " + c.partyStatus + ") is "
                    + next + ", not " + r.step());
        }
        LocalDate on = notFuture(r.occurredOn(), "occurredOn");
        LocalDate previous = switch (c.partyStatus) {
            case ACTIVIST -> c.activistOn;
            case PROBATIONARY -> c.probationaryOn;
            default -> null;
        };
        if (previous != null && on.isBefore(previous)) {
            throw ProblemException.invalid("occurredOn", "must not be before the previous step (" + previous + ")");
        }
        LocalDate admitted = admittedOn(c.id);
        if (on.isBefore(admitted)) {
            throw ProblemException.invalid("occurredOn", "must not be before the admission to the pool (" + admitted + ")");
        }
        switch (r.step()) {
            case ACTIVIST -> c.activistOn = on;
            case PROBATIONARY -> c.probationaryOn = on;
            case MEMBER -> {
                c.memberOn = on;
                // a member no longer needs the "recommend for admission" preference
                c.preferPartyAdmission = false;
            }
            default -> { }
        }
        c.partyStatus = r.step();
        c.touched(caller.name(), clock);
        return c;
    }

    /** A later election of a cadre who already left the pool by election. */
    @Transactional
    public Election recordElection(UUID id, OutcomeRequests.RecordElection r) {
        ReserveCadre c = cadres.require(id);
        if (c.stage == Stage.IN_RESERVE) {
            throw ProblemException.conflict(c.name + " is in the reserve pool: record the first election as the ELECT "
                    + "step (POST …/transitions), which takes the cadre out of the pool");
        }
        if (c.stage != Stage.ELECTED) {
            throw ProblemException.conflict("Elections are recorded for cadres elected from the pool; " + c.name
                    + " is in stage " + c.stage);
        }
        LocalDate on = notFuture(r.occurredOn(), "occurredOn");
        LocalDate latest = em.createQuery("select max(e.occurredOn) from Election e where e.cadreId = ?1", LocalDate.class)
                .setParameter(1, c.id).getSingleResult();
        if (latest != null && on.isBefore(latest)) {
            throw ProblemException.invalid("occurredOn", "must not be before the cadre's latest election (" + latest + ")");
        }
        return add(c.id, r.committee(), on, r.note());
    }

    /** The ELECT step records the election that took the cadre out of the pool, in the same transaction. */
    void onLeftPool(@Observes CadreLeftPool left) {
        if (left.exit() == Stage.ELECTED) {
            add(left.cadreId(), left.committee(), left.on(), left.note());
        }
    }

    public Election requireElection(UUID cadreId, UUID electionId) {
        cadres.require(cadreId);
        Election e = Election.findById(electionId);
        if (e == null || !e.cadreId.equals(cadreId)) {
            throw ProblemException.notFound("Election", electionId);
        }
        return e;
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

    private Election add(UUID cadreId, Committee committee, LocalDate on, String note) {
        Election e = new Election();
        e.id = UUID.randomUUID();
        e.cadreId = cadreId;
        e.committee = committee;
        e.occurredOn = on;
        e.note = note == null || note.isBlank() ? null : note.strip();
        e.recordedBy = caller.name();
        e.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        e.persist();
        return e;
    }

    private LocalDate admittedOn(UUID cadreId) {
        return em.createQuery("select min(t.occurredOn) from CadreTransition t where t.cadreId = ?1 and t.toStage = ?2",
                LocalDate.class).setParameter(1, cadreId).setParameter(2, Stage.IN_RESERVE).getSingleResult();
    }

    private LocalDate notFuture(LocalDate requested, String field) {
        LocalDate on = requested == null ? today.date() : requested;
        if (on.isAfter(today.date())) {
            throw ProblemException.invalid(field, "must not be in the future (today is " + today.date() + ")");
        }
        return on;
    }
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Recommending a candidate and correcting their details; the workflow steps are {@link WorkflowService}'s. */
@ApplicationScoped
public class ReserveCadreService {

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    CadreLookup cadres;

    @Inject
    WorkflowService workflow;


    @Transactional
    public ReserveCadre create(ReserveCadreRequests.CreateReserveCadre r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        requireValidIdNumber(r.idNumber());
        requirePartyStatusFitsSource(r.source(), r.partyStatus(), "partyStatus");
        requireNoLiveCandidacy(r.idNumber(), null);
        LocalDate recommendedOn = r.recommendedOn() == null ? today.date() : r.recommendedOn();
        if (recommendedOn.isAfter(today.date())) {
            throw ProblemException.invalid("recommendedOn", "must not be in the future");
        }
        ReserveCadre c = new ReserveCadre();
        c.id = UUID.randomUUID();
        c.name = r.name().strip();
        c.gender = r.gender();
        c.birthDate = r.birthDate();
        c.idNumber = r.idNumber();
        c.phone = r.phone();
        c.education = r.education();
        c.partyStatus = r.partyStatus();
        c.villageId = r.villageId();
        c.source = r.source();
        c.channel = r.channel();
        c.recommendedOn = recommendedOn;
        c.cohortYear = recommendedOn.getYear();
        c.stage = Stage.RECOMMENDED;
        c.stageOn = recommendedOn;
        c.created(caller.name(), clock);
        // flushed here so a concurrent duplicate fails as a unique violation (409), not at commit
        c.persistAndFlush();
        workflow.append(c, Stage.Action.RECOMMEND, null, Stage.RECOMMENDED, recommendedOn, r.reason(), r.evidenceRef());
        return c;
    }

    @Transactional
    public ReserveCadre update(UUID id, String ifMatch, ReserveCadreRequests.UpdateReserveCadre r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        if (!r.villageId().equals(c.villageId)) {
            orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        }
        requireValidIdNumber(r.idNumber());
        requirePartyStatusFitsSource(r.source(), c.partyStatus, "source");
        if (!Stage.EXITS.contains(c.stage)) {
            requireNoLiveCandidacy(r.idNumber(), c.id);
        }
        c.name = r.name().strip();
        c.gender = r.gender();
        c.birthDate = r.birthDate();
        c.idNumber = r.idNumber();
        c.phone = r.phone();
        c.education = r.education();
        c.villageId = r.villageId();
        c.source = r.source();
        c.channel = r.channel();
        c.touched(caller.name(), clock);
        ReserveCadre.flush();
        return c;
    }

    private static void requireValidIdNumber(String idNumber) {
        if (!IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalid("idNumber", "the check digit does not match");
        }
    }

    private static void requirePartyStatusFitsSource(CadreSource source, PartyStatus status, String field) {
        String refusal = source.refusal(status);
        if (refusal != null) {
            throw ProblemException.invalid(field, refusal);
        }
    }

    private void requireNoLiveCandidacy(String idNumber, UUID self) {
        long clashes = ReserveCadre.count("idNumber = ?1 and stage not in ?2 and id <> ?3", idNumber, Stage.EXITS,
                self == null ? new UUID(0, 0) : self);
        if (clashes > 0) {
            throw ProblemException.conflict("A live candidacy with this ID number already exists");
        }
    }
}

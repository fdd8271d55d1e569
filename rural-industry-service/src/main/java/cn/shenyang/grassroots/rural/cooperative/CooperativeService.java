package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.support.Money;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Cooperatives and family farms, and their yearly results. */
@ApplicationScoped
public class CooperativeService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    CooperativeLookup cooperatives;

    @Inject
    ResultLookup results;

    @Transactional
    public Cooperative create(CooperativeRequests.CreateCooperative r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        requireValidIdNumber(r.leaderIdNumber());
        Cooperative c = new Cooperative();
        c.id = UUID.randomUUID();
        c.villageId = r.villageId();
        c.kind = r.kind();
        c.name = r.name().strip();
        c.registrationCode = r.registrationCode();
        c.industry = blankToNull(r.industry());
        c.leaderName = r.leaderName().strip();
        c.leaderRole = r.leaderRole();
        c.leaderIdNumber = r.leaderIdNumber();
        c.foundedOn = today.dated(r.foundedOn(), "foundedOn", null, null);
        c.created(caller.name(), clock);
        c.persist();
        return c;
    }

    @Transactional
    public Cooperative update(UUID id, String ifMatch, CooperativeRequests.UpdateCooperative r) {
        Cooperative c = cooperatives.require(id);
        Versions.requireMatch(ifMatch, c.version);
        requireValidIdNumber(r.leaderIdNumber());
        c.kind = r.kind();
        c.name = r.name().strip();
        c.registrationCode = r.registrationCode();
        c.industry = blankToNull(r.industry());
        c.leaderName = r.leaderName().strip();
        c.leaderRole = r.leaderRole();
        c.leaderIdNumber = r.leaderIdNumber();
        c.foundedOn = today.dated(r.foundedOn(), "foundedOn", null, null);
        c.dissolvedOn = r.dissolvedOn() == null ? null : today.dated(r.dissolvedOn(), "dissolvedOn", c.foundedOn, "foundedOn");
        long outside = CooperativeResult.count("from CooperativeResult r where r.cooperativeId = ?1 and (r.year < ?2 or r.year > ?3)",
                c.id, c.foundedOn.getYear(), c.dissolvedOn == null ? 9999 : c.dissolvedOn.getYear());
        if (outside > 0) {
            throw ProblemException.conflict("The cooperative has results for years outside " + c.foundedOn.getYear() + "–"
                    + (c.dissolvedOn == null ? "" : c.dissolvedOn.getYear()) + "; correct those first");
        }
        c.touched(caller.name(), clock);
        return c;
    }

    @Transactional
    public CooperativeResult addResult(UUID cooperativeId, CooperativeRequests.CreateResult r) {
        Cooperative c = cooperatives.require(cooperativeId);
        int year = today.pastYear(r.year());
        if (year < c.foundedOn.getYear() || c.dissolvedOn != null && year > c.dissolvedOn.getYear()) {
            throw ProblemException.invalid("year", "the cooperative existed from " + c.foundedOn
                    + (c.dissolvedOn == null ? "" : " to " + c.dissolvedOn));
        }
        CooperativeResult existing = CooperativeResult.find("from CooperativeResult r where r.cooperativeId = ?1 and r.year = ?2",
                c.id, year).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("The cooperative's results for " + year + " are already recorded ("
                    + existing.id + "); replace them with PUT");
        }
        CooperativeResult res = new CooperativeResult();
        res.id = UUID.randomUUID();
        res.cooperativeId = c.id;
        res.year = year;
        res.linkedHouseholds = r.linkedHouseholds();
        res.incomeIncrease = Money.yuan(r.incomeIncrease());
        res.evidenceRef = blankToNull(r.evidenceRef());
        res.created(caller.name(), clock);
        res.persistAndFlush();
        return res;
    }

    @Transactional
    public CooperativeResult updateResult(UUID cooperativeId, UUID resultId, String ifMatch, CooperativeRequests.UpdateResult r) {
        CooperativeResult res = results.require(resultId);
        if (!res.cooperativeId.equals(cooperativeId)) {
            throw ProblemException.notFound("Cooperative result", resultId);
        }
        Versions.requireMatch(ifMatch, res.version);
        res.linkedHouseholds = r.linkedHouseholds();
        res.incomeIncrease = Money.yuan(r.incomeIncrease());
        res.evidenceRef = blankToNull(r.evidenceRef());
        res.touched(caller.name(), clock);
        return res;
    }

    private static void requireValidIdNumber(String idNumber) {
        if (idNumber != null && !IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalid("leaderIdNumber", "the check digit does not match");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Rules of cadre postings and the bonus uplift; the only writer of {@link CadrePosting}. */
@ApplicationScoped
public class CadrePostingService {
    @Inject
    OrgUnits orgUnits;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    BonusBand band;

    @Transactional
    public CadrePosting create(CadrePostingRequests.CreateCadrePosting r) {
        orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId", OrgLevels.TOWNSHIP_TIER);
        check(r.idNumber(), r.startsOn(), r.endsOn());
        CadrePosting p = new CadrePosting();
        p.id = UUID.randomUUID();
        p.orgUnitId = r.orgUnitId();
        apply(p, r.personName(), r.idNumber(), r.phone(), r.source(), r.rank(), r.fromUnit(), r.managingCommittee(),
                r.post(), r.startsOn(), r.endsOn());
        p.created(caller.name(), clock);
        p.persist();
        return p;
    }

    @Transactional
    public CadrePosting update(UUID id, String ifMatch, CadrePostingRequests.UpdateCadrePosting r) {
        CadrePosting p = require(id);
        Versions.requireMatch(ifMatch, p.version);
        check(r.idNumber(), r.startsOn(), r.endsOn());
        apply(p, r.personName(), r.idNumber(), r.phone(), r.source(), r.rank(), r.fromUnit(), r.managingCommittee(),
                r.post(), r.startsOn(), r.endsOn());
        p.touched(caller.name(), clock);
        return p;
    }

    public BonusUplift bonusUplift(UUID id, BigDecimal referenceBonus, BigDecimal percent) {
        CadrePosting p = require(id);
        return BonusUplift.compute(p.id, referenceBonus, percent == null ? band.defaultPercent() : percent,
                band.minPercent(), band.maxPercent());
    }

    public CadrePosting require(UUID id) {
        CadrePosting p = CadrePosting.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Cadre posting", id);
        }
        orgUnits.requireCovers(p.orgUnitId, "Cadre posting", id);
        return p;
    }

    private static void check(String idNumber, LocalDate startsOn, LocalDate endsOn) {
        if (idNumber != null && !IdNumbers.isValid(idNumber)) {
            throw ProblemException.invalid("idNumber", "the check digit does not match");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    private static void apply(CadrePosting p, String personName, String idNumber, String phone, PostingSource source,
            CadreRank rank, String fromUnit, String committee, String post, LocalDate startsOn, LocalDate endsOn) {
        p.personName = personName.strip();
        p.idNumber = idNumber;
        p.phone = phone;
        p.source = source;
        p.rank = rank;
        p.fromUnit = fromUnit.strip();
        p.managingCommittee = committee.strip();
        p.post = post;
        p.startsOn = startsOn;
        p.endsOn = endsOn;
    }
}

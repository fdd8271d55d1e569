package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Rules of cadre postings and the bonus uplift; the only writer of {@link CadrePosting}. */
@ApplicationScoped
public class CadrePostingService implements CurrentVersion {
    /** A cadre is posted to a township-level unit, or to a community or village below one. */
    private static final Set<String> DESTINATIONS = union(OrgLevels.TOWNSHIP_TIER, OrgLevels.VILLAGE_TIER);

    @Inject
    OrgUnits orgUnits;

    @Inject
    OrgReplica replica;

    @Inject
    CadrePostingQueries queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    BonusBand band;

    @Transactional
    public CadrePosting create(CadrePostingRequests.CreateCadrePosting r) {
        ReplicaUnit destination = orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId", DESTINATIONS);
        UUID managing = queries.townshipLevelAt(destination.path()).orElseThrow(() ->
                ProblemException.invalid("orgUnitId", "org unit " + destination.name() + " lies under no township-level unit"));
        check(r.idNumber(), r.startsOn(), r.endsOn());
        CadrePosting p = new CadrePosting();
        p.id = UUID.randomUUID();
        p.orgUnitId = r.orgUnitId();
        p.managingUnitId = managing;
        apply(p, r.personName(), r.idNumber(), r.phone(), r.source(), r.rank(), r.fromUnit(), r.post(), r.startsOn(),
                r.endsOn());
        p.created(caller.name(), clock);
        p.persist();
        return p;
    }

    @Transactional
    public CadrePosting update(UUID id, String ifMatch, CadrePostingRequests.UpdateCadrePosting r) {
        CadrePosting p = require(id);
        Versions.requireMatch(ifMatch, p.version);
        check(r.idNumber(), r.startsOn(), r.endsOn());
        apply(p, r.personName(), r.idNumber(), r.phone(), r.source(), r.rank(), r.fromUnit(), r.post(), r.startsOn(),
                r.endsOn());
        p.touched(caller.name(), clock);
        return p;
    }

    /**
     * The street-level uplift of a running posting in a sub-district (街道), against the configured
     * bonus of a district-department cadre of the same rank (or {@code referenceBonus}, when given).
     */
    public BonusUplift bonusUplift(UUID id, BigDecimal referenceBonus, BigDecimal percent) {
        CadrePosting p = require(id);
        ReplicaUnit managing = replica.find(p.managingUnitId).orElseThrow();
        if (!OrgLevels.SUBDISTRICT.equals(managing.level())) {
            throw ProblemException.conflict("The street-level bonus uplift applies to postings in sub-districts (街道); "
                    + "this posting is in " + managing.name() + ", a " + managing.level());
        }
        if (p.endsOn != null && p.endsOn.isBefore(today.date())) {
            throw ProblemException.conflict("The posting ended on " + p.endsOn + "; the uplift applies to running postings");
        }
        BigDecimal reference = referenceBonus != null ? referenceBonus : band.referenceBonus().get(p.rank);
        if (reference == null) {
            throw ProblemException.conflict("No reference bonus is configured for rank " + p.rank
                    + " (cadre.bonus-uplift.reference-bonus." + p.rank + "); configure it or send referenceBonus");
        }
        return BonusUplift.compute(p.id, reference, percent == null ? band.defaultPercent() : percent,
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
            CadreRank rank, String fromUnit, String post, LocalDate startsOn, LocalDate endsOn) {
        p.personName = personName.strip();
        p.idNumber = idNumber;
        p.phone = phone;
        p.source = source;
        p.rank = rank;
        p.fromUnit = fromUnit.strip();
        p.post = post;
        p.startsOn = startsOn;
        p.endsOn = endsOn;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.support.Reach;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Rating units and changing ratings. A unit is rated from above: the caller's scope must begin at
 * least one level above the rated unit (the township rates its villages, the county its townships).
 */
@ApplicationScoped
public class DemonstrationRatingService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    RatingLookup ratings;

    @Transactional
    public DemonstrationRating create(DemonstrationRatingRequests.CreateRating r) {
        ReplicaUnit unit = orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        requireFits(r.rating(), unit);
        requireReach(unit.path());
        int year = today.pastYear(r.year());
        LocalDate ratedOn = today.dated(r.ratedOn(), "ratedOn", LocalDate.of(year, 1, 1), "the year rated began");
        DemonstrationRating existing = DemonstrationRating.find(
                "from DemonstrationRating d where d.orgUnitId = ?1 and d.year = ?2", unit.id(), year).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("The unit is already rated " + existing.rating + " for " + year + " ("
                    + existing.id + "); change that rating with a reason instead");
        }
        DemonstrationRating d = new DemonstrationRating();
        d.id = UUID.randomUUID();
        d.orgUnitId = unit.id();
        d.year = year;
        d.rating = r.rating();
        d.ratedOn = ratedOn;
        d.evidenceRef = blankToNull(r.evidenceRef());
        d.created(caller.name(), clock);
        d.persistAndFlush();
        change(d, null, null);
        return d;
    }

    @Transactional
    public DemonstrationRating change(UUID id, String ifMatch, DemonstrationRatingRequests.ChangeRating r) {
        DemonstrationRating d = ratings.require(id);
        Versions.requireMatch(ifMatch, d.version);
        ReplicaUnit unit = orgUnits.requireField(d.orgUnitId, "orgUnitId");
        requireFits(r.rating(), unit);
        requireReach(unit.path());
        DemonstrationLevel from = d.rating;
        d.ratedOn = today.dated(r.ratedOn(), "ratedOn", d.ratedOn, "the rating it changes");
        d.rating = r.rating();
        d.evidenceRef = blankToNull(r.evidenceRef());
        d.touched(caller.name(), clock);
        change(d, from, r.reason());
        return d;
    }

    private void change(DemonstrationRating d, DemonstrationLevel from, String reason) {
        RatingChange c = new RatingChange();
        c.id = UUID.randomUUID();
        c.ratingId = d.id;
        c.fromRating = from;
        c.toRating = d.rating;
        c.ratedOn = d.ratedOn;
        c.reason = blankToNull(reason);
        c.evidenceRef = d.evidenceRef;
        c.recordedBy = caller.name();
        c.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        c.persist();
    }

    private static void requireFits(DemonstrationLevel rating, ReplicaUnit unit) {
        if (!rating.unitLevels().contains(unit.level())) {
            throw ProblemException.invalid("rating", rating + " rates " + String.join(" or ",
                    new java.util.TreeSet<>(rating.unitLevels())) + " units; " + unit.name() + " is a " + unit.level());
        }
    }

    private void requireReach(String path) {
        String refusal = Reach.PARENT.refusal(caller, path, "Rating a unit");
        if (refusal != null) {
            throw ProblemException.forbidden(refusal);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** Reporting a village's return (REPORT); the review steps are {@link IncomeReviewService}'s. */
@ApplicationScoped
public class CollectiveIncomeService {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Transactional
    public CollectiveIncome create(CollectiveIncomeRequests.CreateCollectiveIncome r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        int year = today.pastYear(r.year());
        LocalDate reportedOn = today.dated(r.reportedOn(), "reportedOn", LocalDate.of(year, 1, 1),
                "1 January of the income year");
        CollectiveIncome existing = CollectiveIncome.find("from CollectiveIncome c where c.villageId = ?1 and c.year = ?2",
                r.villageId(), year).firstResult();
        if (existing != null) {
            throw ProblemException.conflict("The village's return for " + year + " already exists (" + existing.id
                    + "); change it with AMEND before confirmation or CORRECT after it");
        }
        IncomeAmounts amounts = r.amounts().toAmounts();
        CollectiveIncome c = new CollectiveIncome();
        c.id = UUID.randomUUID();
        c.villageId = r.villageId();
        c.year = year;
        c.status = IncomeReviewStatus.REPORTED;
        c.statusOn = reportedOn;
        c.currentRevision = 1;
        c.currentTotal = amounts.total();
        c.created(caller.name(), clock);
        // flushed here so a concurrent duplicate fails as a unique violation (409), not at commit
        c.persistAndFlush();
        revision(c, 1, amounts, reportedOn, r.evidenceRef(), null);
        step(c, IncomeReviewAction.REPORT, null, IncomeReviewStatus.REPORTED, reportedOn, null, r.evidenceRef());
        return c;
    }

    /** Appends revision {@code number} of the return's amounts, submitted on {@code reportedOn}. */
    IncomeRevision revision(CollectiveIncome c, int number, IncomeAmounts amounts, LocalDate reportedOn,
            String evidenceRef, String reason) {
        IncomeRevision r = new IncomeRevision();
        r.id = UUID.randomUUID();
        r.incomeId = c.id;
        r.revision = number;
        r.amounts(amounts);
        r.evidenceRef = blankToNull(evidenceRef);
        r.reason = blankToNull(reason);
        r.reportedOn = reportedOn;
        r.recordedBy = caller.name();
        r.recordedAt = now();
        r.persist();
        return r;
    }

    /** Appends a review step dated {@code on}, recorded now by the caller. */
    void step(CollectiveIncome c, IncomeReviewAction action, IncomeReviewStatus from, IncomeReviewStatus to, LocalDate on,
            String reason, String evidenceRef) {
        IncomeStep s = new IncomeStep();
        s.id = UUID.randomUUID();
        s.incomeId = c.id;
        s.revision = c.currentRevision;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.occurredOn = on;
        s.reason = blankToNull(reason);
        s.evidenceRef = blankToNull(evidenceRef);
        s.recordedBy = caller.name();
        s.recordedAt = now();
        s.persist();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The review of a return: {@link IncomeReviewStatus}'s table decides whether a step is allowed
 * and from how far above the village, the data rules here whether it can happen on its day; every
 * step appends a history row, and AMEND and CORRECT a new revision, in the same transaction.
 */
@ApplicationScoped
public class IncomeReviewService {
    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    OrgUnits orgUnits;

    @Inject
    IncomeLookup incomes;

    @Inject
    CollectiveIncomeService writer;

    @Transactional
    public CollectiveIncome perform(UUID id, String ifMatch, CollectiveIncomeRequests.PerformAction r) {
        CollectiveIncome c = incomes.require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = refusal(c, r.action());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        IncomeReviewStatus.Transition t = c.status.transition(r.action()).orElseThrow();
        LocalDate on = today.dated(r.occurredOn(), "occurredOn", c.statusOn, "the return's previous step (" + c.status + ")");
        if ((r.action() == IncomeReviewAction.RETURN || r.action() == IncomeReviewAction.CORRECT)
                && (r.reason() == null || r.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required for " + r.action());
        }
        if (r.action().revises()) {
            revise(c, r, on);
        } else if (r.amounts() != null) {
            throw ProblemException.invalid("amounts", "are only taken by AMEND and CORRECT");
        }
        if (r.action() == IncomeReviewAction.CONFIRM) {
            IncomeRevision current = IncomeRevision.find("incomeId = ?1 and revision = ?2", c.id, c.currentRevision)
                    .firstResult();
            current.confirmedOn = on;
            c.confirmedRevision = c.currentRevision;
            c.confirmedTotal = c.currentTotal;
        }
        c.status = t.to();
        c.statusOn = on;
        c.touched(caller.name(), clock);
        writer.step(c, r.action(), t.from(), t.to(), on, r.reason(), r.evidenceRef());
        return c;
    }

    private void revise(CollectiveIncome c, CollectiveIncomeRequests.PerformAction r, LocalDate on) {
        if (r.amounts() == null) {
            throw ProblemException.invalid("amounts", "are required for " + r.action());
        }
        IncomeAmounts amounts = r.amounts().toAmounts();
        if (r.action() == IncomeReviewAction.CORRECT) {
            IncomeRevision confirmed = IncomeRevision.find("incomeId = ?1 and revision = ?2", c.id, c.confirmedRevision)
                    .firstResult();
            if (confirmed.amounts().equals(amounts)) {
                throw ProblemException.invalid("amounts", "are those of the confirmed revision " + c.confirmedRevision
                        + "; a correction changes them");
            }
        }
        int next = c.currentRevision + 1;
        writer.revision(c, next, amounts, on, r.evidenceRef(), r.reason());
        c.currentRevision = next;
        c.currentTotal = amounts.total();
    }

    /** What the table offers the caller in the return's status, each with the rule that holds it back on {@code on}. */
    public CollectiveIncomeView.AllowedActions allowedActions(UUID id, LocalDate on) {
        CollectiveIncome c = incomes.require(id);
        LocalDate day = on == null ? today.date() : on;
        if (day.isAfter(today.date())) {
            throw ProblemException.invalid("occurredOn", "must not be in the future (today is " + today.date() + ")");
        }
        Set<String> roles = roles();
        String path = orgUnits.pathOf(c.villageId);
        List<CollectiveIncomeView.AllowedAction> actions = new ArrayList<>();
        for (IncomeReviewStatus.Transition t : c.status.transitions().values()) {
            if (c.status.refusal(t.action(), roles) == null) {
                String blocked = t.reach().refusal(caller, path, t.action().name());
                if (blocked == null && day.isBefore(c.statusOn)) {
                    blocked = "the return's previous step is dated " + c.statusOn;
                }
                actions.add(new CollectiveIncomeView.AllowedAction(t.action(), t.to(), t.reach(), blocked == null, blocked));
            }
        }
        return new CollectiveIncomeView.AllowedActions(c.id, c.status, c.version, day, actions);
    }

    /** The table's refusal, then the reach's: null when the caller may perform the action on this return now. */
    private String refusal(CollectiveIncome c, IncomeReviewAction action) {
        String refusal = c.status.refusal(action, roles());
        if (refusal != null) {
            return refusal;
        }
        return c.status.transition(action).orElseThrow().reach().refusal(caller, orgUnits.pathOf(c.villageId),
                action.name());
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}

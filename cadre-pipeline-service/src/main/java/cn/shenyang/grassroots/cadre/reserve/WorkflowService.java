package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.cadre.objection.ObjectionService;
import cn.shenyang.grassroots.cadre.support.Today;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The selection workflow: {@link Stage}'s table decides whether a step is allowed, the data rules
 * here whether it can happen on the day it is dated, and every step appends a history row in the
 * same transaction. Steps entered after the fact carry their real date and are judged as of it.
 */
@ApplicationScoped
public class WorkflowService {
    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    SelectionRules rules;

    @Inject
    PublicityWindows windows;

    @Inject
    CadreLookup cadres;

    @Inject
    ObjectionService objections;

    @Inject
    Event<CadreLeftPool> leftPool;

    /** One workflow step: the table decides whether it is allowed, the rules whether it can happen on its day. */
    @Transactional
    public ReserveCadre perform(UUID id, String ifMatch, ReserveCadreRequests.PerformAction r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = c.stage.refusal(r.action(), roles());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        LocalDate on = r.occurredOn() == null ? today.date() : r.occurredOn();
        String dateRefusal = dateRefusal(c, on);
        if (dateRefusal != null) {
            throw ProblemException.invalid("occurredOn", dateRefusal);
        }
        Stage.Transition t = c.stage.transition(r.action()).orElseThrow();
        String blocked = blockedBy(c, r.action(), on);
        if (blocked != null) {
            throw ProblemException.invalidTransition(r.action() + " is not possible on " + on + ": " + blocked);
        }
        switch (r.action()) {
            case QUALIFY -> qualify(c, r, on);
            case NOMINATE -> nominate(c, r);
            case INSPECT -> inspect(c, r);
            case PUBLICIZE -> publicize(c, r, on);
            case ELECT -> elect(c, r, on);
            case REJECT, WITHDRAW, REMOVE -> requireReason(r);
            default -> { }
        }
        c.stage = t.to();
        c.stageOn = on;
        c.touched(caller.name(), clock);
        append(c, r.action(), t.from(), t.to(), on, r.reason(), r.evidenceRef());
        if (Stage.POOL_EXITS.contains(t.to())) {
            leftPool.fire(new CadreLeftPool(c.id, on, t.to(), r.committee(), r.reason()));
        }
        return c;
    }

    /** What the table offers the caller in the cadre's stage, each with the rule that holds it back on {@code on}, if any. */
    public ReserveCadreView.AllowedActions allowedActions(UUID id, LocalDate on) {
        ReserveCadre c = cadres.require(id);
        LocalDate day = on == null ? today.date() : on;
        if (day.isAfter(today.date())) {
            throw ProblemException.invalid("occurredOn", "must not be in the future (today is " + today.date() + ")");
        }
        Set<String> roles = roles();
        List<ReserveCadreView.AllowedAction> actions = new ArrayList<>();
        for (Stage.Transition t : c.stage.transitions().values()) {
            if (c.stage.refusal(t.action(), roles) == null) {
                String blocked = dateRefusal(c, day);
                if (blocked == null) {
                    blocked = blockedBy(c, t.action(), day);
                }
                actions.add(new ReserveCadreView.AllowedAction(t.action(), t.to(), blocked == null, blocked));
            }
        }
        return new ReserveCadreView.AllowedActions(c.id, c.stage, c.version, day, actions);
    }

    /** Why a step cannot be dated {@code on}: in the future, or before the cadre's previous step. */
    private String dateRefusal(ReserveCadre c, LocalDate on) {
        if (on.isAfter(today.date())) {
            return "must not be in the future (today is " + today.date() + ")";
        }
        if (on.isBefore(c.stageOn)) {
            return "must not be before the cadre's previous step (" + c.stage + " on " + c.stageOn + ")";
        }
        return null;
    }

    /** Rules that depend only on the cadre's data and the step's day; null when nothing holds the action back. */
    String blockedBy(ReserveCadre c, Stage.Action action, LocalDate on) {
        if (action == Stage.Action.QUALIFY) {
            return ineligibility(c, List.of(), on);
        }
        if (action == Stage.Action.ADMIT) {
            if (!on.isAfter(c.publicityEndsOn)) {
                return "the publicity window runs until " + c.publicityEndsOn + "; admission is possible from the next day";
            }
            return objections.holdingAdmission(c.id, on);
        }
        return null;
    }

    private String ineligibility(ReserveCadre c, List<NegativeListItem> findings, LocalDate on) {
        EligibilityRules eligibility = rules.forYear(c.cohortYear, c.source);
        List<String> failures = eligibility.failures(c.birthDate, c.education, findings, on);
        return failures.isEmpty() ? null : "not eligible under " + eligibility.name() + ": " + String.join("; ", failures);
    }

    private void qualify(ReserveCadre c, ReserveCadreRequests.PerformAction r, LocalDate on) {
        List<NegativeListItem> findings = r.negativeListFindings() == null ? List.of()
                : r.negativeListFindings().stream().distinct().toList();
        String ineligible = ineligibility(c, findings, on);
        if (ineligible != null) {
            throw ProblemException.invalidTransition("QUALIFY is not possible on " + on + ": " + ineligible);
        }
        c.negativeListFindings = findings.isEmpty() ? null
                : findings.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private void nominate(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        if (r.votesFor() == null) {
            throw ProblemException.invalid("votesFor", "is required for NOMINATE");
        }
        if (r.votesCast() == null) {
            throw ProblemException.invalid("votesCast", "is required for NOMINATE");
        }
        if (r.votesFor() > r.votesCast()) {
            throw ProblemException.invalid("votesFor", "cannot exceed votesCast (" + r.votesCast() + ")");
        }
        String refusal = rules.nominationRefusal(r.votesFor(), r.votesCast());
        if (refusal != null) {
            throw ProblemException.invalidTransition("NOMINATE is not possible: " + refusal + " (REJECT instead)");
        }
        c.votesFor = r.votesFor();
        c.votesCast = r.votesCast();
    }

    private void inspect(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        if (r.inspectionReport() == null || r.inspectionReport().isBlank()) {
            throw ProblemException.invalid("inspectionReport", "is required for INSPECT");
        }
        if (r.writtenTestScore() == null) {
            throw ProblemException.invalid("writtenTestScore", "is required for INSPECT");
        }
        if (r.interviewScore() == null) {
            throw ProblemException.invalid("interviewScore", "is required for INSPECT");
        }
        List<String> failures = rules.inspectionFailures(r.writtenTestScore(), r.interviewScore());
        if (!failures.isEmpty()) {
            throw ProblemException.invalidTransition("INSPECT is not possible: " + String.join("; ", failures)
                    + " (REJECT instead)");
        }
        c.inspectionReport = r.inspectionReport().strip();
        c.writtenTestScore = r.writtenTestScore();
        c.interviewScore = r.interviewScore();
    }

    private void publicize(ReserveCadre c, ReserveCadreRequests.PerformAction r, LocalDate on) {
        LocalDate start = r.publicityStartsOn() == null ? on : r.publicityStartsOn();
        if (start.isBefore(on)) {
            throw ProblemException.invalid("publicityStartsOn", "must not be before the PUBLICIZE step (" + on + ")");
        }
        c.publicityStartsOn = start;
        c.publicityEndsOn = windows.endOfWindowFrom(start);
    }

    private static void elect(ReserveCadre c, ReserveCadreRequests.PerformAction r, LocalDate on) {
        if (r.committee() == null) {
            throw ProblemException.invalid("committee", "is required for ELECT");
        }
        c.electedCommittee = r.committee();
        c.electedOn = on;
    }

    private static void requireReason(ReserveCadreRequests.PerformAction r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalid("reason", "is required for " + r.action());
        }
    }

    /** Appends a history row dated {@code on}, recorded now by the caller. */
    void append(ReserveCadre c, Stage.Action action, Stage from, Stage to, LocalDate on, String reason,
            String evidenceRef) {
        CadreTransition t = new CadreTransition();
        t.id = UUID.randomUUID();
        t.cadreId = c.id;
        t.action = action;
        t.fromStage = from;
        t.toStage = to;
        t.occurredOn = on;
        t.reason = reason == null || reason.isBlank() ? null : reason.strip();
        t.evidenceRef = evidenceRef;
        t.recordedBy = caller.name();
        t.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        t.persist();
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}

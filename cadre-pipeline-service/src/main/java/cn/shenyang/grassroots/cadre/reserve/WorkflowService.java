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
 * here whether it can happen now, and every step appends a history row in the same transaction.
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

    /** One workflow step: the table decides whether it is allowed, the rules whether it can happen now. */
    @Transactional
    public ReserveCadre perform(UUID id, String ifMatch, ReserveCadreRequests.PerformAction r) {
        ReserveCadre c = cadres.require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = c.stage.refusal(r.action(), roles());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        Stage.Transition t = c.stage.transition(r.action()).orElseThrow();
        String blocked = blockedBy(c, r.action());
        if (blocked != null) {
            throw ProblemException.invalidTransition(r.action() + " is not possible yet: " + blocked);
        }
        switch (r.action()) {
            case QUALIFY -> qualify(c, r);
            case NOMINATE -> nominate(c, r);
            case INSPECT -> inspect(c, r);
            case PUBLICIZE -> publicize(c, r);
            case REJECT, WITHDRAW, REMOVE -> requireReason(r);
            default -> { }
        }
        c.stage = t.to();
        c.stageSince = now();
        c.touched(caller.name(), clock);
        append(c, r.action(), t.from(), t.to(), r.reason(), r.evidenceRef());
        if (t.to() == Stage.REMOVED) {
            leftPool.fire(new CadreLeftPool(c.id, today.date()));
        }
        return c;
    }

    /** What the table offers the caller in the cadre's stage, each with the rule that holds it back, if any. */
    public ReserveCadreView.AllowedActions allowedActions(UUID id) {
        ReserveCadre c = cadres.require(id);
        Set<String> roles = roles();
        List<ReserveCadreView.AllowedAction> actions = new ArrayList<>();
        for (Stage.Transition t : c.stage.transitions().values()) {
            if (c.stage.refusal(t.action(), roles) == null) {
                String blocked = blockedBy(c, t.action());
                actions.add(new ReserveCadreView.AllowedAction(t.action(), t.to(), blocked == null, blocked));
            }
        }
        return new ReserveCadreView.AllowedActions(c.id, c.stage, c.version, actions);
    }

    /** Rules that depend only on the cadre's data and the date; null when nothing holds the action back. */
    String blockedBy(ReserveCadre c, Stage.Action action) {
        LocalDate day = today.date();
        if (action == Stage.Action.QUALIFY) {
            List<String> failures = rules.forYear(c.cohortYear).failures(c.birthDate, c.education, List.of(), day);
            return failures.isEmpty() ? null : "not eligible under the " + c.cohortYear + " rules: "
                    + String.join("; ", failures);
        }
        if (action == Stage.Action.ADMIT) {
            if (!day.isAfter(c.publicityEndsOn)) {
                return "the publicity window runs until " + c.publicityEndsOn + "; admission is possible from the next day";
            }
            return objections.holdingAdmission(c.id);
        }
        return null;
    }

    private void qualify(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        List<NegativeListItem> findings = r.negativeListFindings() == null ? List.of()
                : r.negativeListFindings().stream().distinct().toList();
        List<String> failures = rules.forYear(c.cohortYear).failures(c.birthDate, c.education, findings, today.date());
        if (!failures.isEmpty()) {
            throw ProblemException.invalidTransition("QUALIFY is not possible: not eligible under the "
                    + c.cohortYear + " rules: " + String.join("; ", failures));
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

    private void publicize(ReserveCadre c, ReserveCadreRequests.PerformAction r) {
        LocalDate start = r.publicityStartsOn() == null ? today.date() : r.publicityStartsOn();
        if (start.isBefore(today.date())) {
            throw ProblemException.invalid("publicityStartsOn", "must be today or later");
        }
        c.publicityStartsOn = start;
        c.publicityEndsOn = windows.endOfWindowFrom(start);
    }

    private static void requireReason(ReserveCadreRequests.PerformAction r) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.invalid("reason", "is required for " + r.action());
        }
    }

    void append(ReserveCadre c, Stage.Action action, Stage from, Stage to, String reason, String evidenceRef) {
        CadreTransition t = new CadreTransition();
        t.id = UUID.randomUUID();
        t.cadreId = c.id;
        t.action = action;
        t.fromStage = from;
        t.toStage = to;
        t.actor = caller.name();
        t.occurredAt = now();
        t.occurredOn = today.date();
        t.reason = reason == null || reason.isBlank() ? null : reason.strip();
        t.evidenceRef = evidenceRef;
        t.persist();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}

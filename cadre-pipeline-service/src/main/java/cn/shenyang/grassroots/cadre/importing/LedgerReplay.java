package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.reserve.EligibilityRules;
import cn.shenyang.grassroots.cadre.reserve.PartyStatus;
import cn.shenyang.grassroots.cadre.reserve.PublicityWindows;
import cn.shenyang.grassroots.cadre.reserve.SelectionRules;
import cn.shenyang.grassroots.cadre.reserve.Stage;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays one ledger row through the rules of the one-by-one workflow: the transition table, the
 * dates (never in the future, never before the previous step), eligibility on the screening day,
 * the nomination majority, the pass marks, the publicity window, the exit and the road into the
 * Party. Each broken rule is reported on the field that carries it.
 */
final class LedgerReplay {
    /** One step of the history, dated. */
    record Step(Stage.Action action, Stage from, Stage to, LocalDate on, String reason) {}

    /** What the row becomes: the steps in order, the stage reached, the publicity window, the final Party status. */
    record Replayed(List<Step> steps, Stage stage, LocalDate stageOn, LocalDate publicityStartsOn,
            LocalDate publicityEndsOn, PartyStatus partyStatus) {}

    private final SelectionRules rules;
    private final PublicityWindows windows;
    private final LocalDate today;
    private final List<Problem.Violation> errors;

    LedgerReplay(SelectionRules rules, PublicityWindows windows, LocalDate today, List<Problem.Violation> errors) {
        this.rules = rules;
        this.windows = windows;
        this.today = today;
        this.errors = errors;
    }

    /** The replayed row, or null when it breaks a rule (every broken rule is reported). */
    Replayed replay(LedgerRow r) {
        int before = errors.size();
        if (!IdNumbers.isValid(r.idNumber())) {
            error(r, "idNumber", "must be 17 digits and a check digit or X, and the check digit must match");
        }
        if (r.phone() != null && !r.phone().matches("1\\d{10}")) {
            error(r, "phone", "must be an 11-digit mobile number");
        }
        String misfit = r.source().refusal(r.partyStatus());
        if (misfit != null) {
            error(r, "partyStatus", misfit);
        }
        List<Step> steps = new ArrayList<>();
        Stage stage = Stage.RECOMMENDED;
        LocalDate last = notFuture(r, "recommendedOn", r.recommendedOn());
        steps.add(new Step(Stage.Action.RECOMMEND, null, stage, r.recommendedOn(), r.reason()));
        LocalDate[] dates = {r.qualifiedOn(), r.nominatedOn(), r.inspectedOn(), r.publicizedOn(), r.admittedOn()};
        String[] fields = {"qualifiedOn", "nominatedOn", "inspectedOn", "publicizedOn", "admittedOn"};
        Stage.Action[] actions = {Stage.Action.QUALIFY, Stage.Action.NOMINATE, Stage.Action.INSPECT,
            Stage.Action.PUBLICIZE, Stage.Action.ADMIT};
        LocalDate windowStart = null;
        LocalDate windowEnd = null;
        for (int i = 0; i < dates.length && dates[i] != null; i++) {
            LocalDate on = dates[i];
            last = inOrder(r, fields[i], on, last);
            switch (actions[i]) {
                case QUALIFY -> {
                    EligibilityRules eligibility = rules.forYear(r.recommendedOn().getYear(), r.source());
                    for (EligibilityRules.Failure f : eligibility.check(r.birthDate(), r.education(),
                            r.negativeListFindings(), on)) {
                        error(r, f.field(), "not eligible under " + eligibility.name() + ": " + f.message());
                    }
                }
                case NOMINATE -> nominate(r);
                case INSPECT -> inspect(r);
                case PUBLICIZE -> {
                    windowStart = r.publicityStartsOn() == null ? on : r.publicityStartsOn();
                    if (windowStart.isBefore(on)) {
                        error(r, "publicityStartsOn", "must not be before publicizedOn (" + on + ")");
                    }
                    windowEnd = windows.endOfWindowFrom(windowStart);
                }
                case ADMIT -> {
                    if (windowEnd != null && !on.isAfter(windowEnd)) {
                        error(r, "admittedOn", "must be after the publicity window, which ran until " + windowEnd);
                    }
                }
                default -> { }
            }
            Stage to = stage.transition(actions[i]).orElseThrow().to();
            steps.add(new Step(actions[i], stage, to, on, null));
            stage = to;
        }
        for (int i = 1; i < dates.length; i++) {
            if (dates[i] != null && dates[i - 1] == null) {
                error(r, fields[i - 1], "is required when " + fields[i] + " is given (steps are taken in order)");
            }
        }
        onlyWithStep(r, r.qualifiedOn(), "qualifiedOn", !r.negativeListFindings().isEmpty(), "negativeListFindings");
        onlyWithStep(r, r.nominatedOn(), "nominatedOn", r.votesFor() != null || r.votesCast() != null, "votesFor");
        onlyWithStep(r, r.inspectedOn(), "inspectedOn", r.inspectionReport() != null || r.writtenTestScore() != null
                || r.interviewScore() != null, "inspectionReport");
        onlyWithStep(r, r.publicizedOn(), "publicizedOn", r.publicityStartsOn() != null, "publicityStartsOn");
        if (r.exit() != null) {
            String refusal = stage.refusal(r.exit());
            if (refusal != null) {
                error(r, "exit", refusal);
            } else {
                last = inOrder(r, "exitOn", r.exitOn(), last);
                exitData(r);
                Stage to = stage.transition(r.exit()).orElseThrow().to();
                steps.add(new Step(r.exit(), stage, to, r.exitOn(), r.exitReason()));
                stage = to;
            }
        } else if (r.exitOn() != null || r.exitReason() != null || r.committee() != null) {
            error(r, "exit", "is required when exitOn, exitReason or committee is given");
        }
        PartyStatus party = partySteps(r);
        return errors.size() > before ? null : new Replayed(steps, stage, last, windowStart, windowEnd, party);
    }

    private void nominate(LedgerRow r) {
        if (r.votesFor() == null || r.votesCast() == null) {
            error(r, r.votesFor() == null ? "votesFor" : "votesCast", "is required when nominatedOn is given");
        } else if (r.votesCast() < 1 || r.votesFor() > r.votesCast()) {
            error(r, "votesFor", "must be between 0 and votesCast, and votesCast at least 1");
        } else {
            String refusal = rules.nominationRefusal(r.votesFor(), r.votesCast());
            if (refusal != null) {
                error(r, "votesFor", refusal);
            }
        }
    }

    private void inspect(LedgerRow r) {
        if (r.inspectionReport() == null) {
            error(r, "inspectionReport", "is required when inspectedOn is given");
        }
        if (r.writtenTestScore() == null || r.interviewScore() == null) {
            error(r, r.writtenTestScore() == null ? "writtenTestScore" : "interviewScore",
                    "is required when inspectedOn is given");
            return;
        }
        List<String> failures = rules.inspectionFailures(r.writtenTestScore(), r.interviewScore());
        for (String f : failures) {
            error(r, f.startsWith("written") ? "writtenTestScore" : "interviewScore", f);
        }
    }

    private void exitData(LedgerRow r) {
        if (r.exit() == Stage.Action.ELECT) {
            if (r.committee() == null) {
                error(r, "committee", "is required for ELECT");
            }
        } else {
            if (r.exitReason() == null) {
                error(r, "exitReason", "is required for " + r.exit());
            }
            if (r.committee() != null) {
                error(r, "committee", "is only for ELECT");
            }
        }
    }

    /** The Party steps from the status at recommendation, in order, dated no earlier than the admission to the pool. */
    private PartyStatus partySteps(LedgerRow r) {
        PartyStatus status = r.partyStatus();
        LocalDate[] dates = {r.activistOn(), r.probationaryOn(), r.memberOn()};
        PartyStatus[] steps = {PartyStatus.ACTIVIST, PartyStatus.PROBATIONARY, PartyStatus.MEMBER};
        String[] fields = {"activistOn", "probationaryOn", "memberOn"};
        LocalDate last = r.admittedOn();
        for (int i = 0; i < steps.length; i++) {
            if (dates[i] == null) {
                continue;
            }
            if (r.admittedOn() == null) {
                error(r, fields[i], "Party steps are recorded for cadres admitted to the pool (admittedOn)");
                return status;
            }
            if (status.next().orElse(null) != steps[i]) {
                error(r, fields[i], "the next step for a cadre who is " + status + " is "
                        + status.next().map(Enum::name).orElse("none"));
                return status;
            }
            last = inOrder(r, fields[i], dates[i], last);
            status = steps[i];
        }
        return status;
    }

    /** A step's data without the step itself is refused, not silently dropped. */
    private void onlyWithStep(LedgerRow r, LocalDate stepOn, String stepField, boolean data, String dataField) {
        if (stepOn == null && data) {
            error(r, dataField, "belongs to the step dated " + stepField + ", which is not given");
        }
    }

    /** {@code on} must be given, not in the future and not before {@code previous}; answers the later of the two. */
    private LocalDate inOrder(LedgerRow r, String field, LocalDate on, LocalDate previous) {
        if (on == null) {
            error(r, field, "is required");
            return previous;
        }
        notFuture(r, field, on);
        if (previous != null && on.isBefore(previous)) {
            error(r, field, "must not be before the previous step (" + previous + ")");
            return previous;
        }
        return on;
    }

    private LocalDate notFuture(LedgerRow r, String field, LocalDate on) {
        if (on.isAfter(today)) {
            error(r, field, "must not be in the future (today is " + today + ")");
        }
        return on;
    }

    private void error(LedgerRow r, String field, String message) {
        errors.add(new Problem.Violation("rows[" + r.row() + "]." + field, message));
    }
}

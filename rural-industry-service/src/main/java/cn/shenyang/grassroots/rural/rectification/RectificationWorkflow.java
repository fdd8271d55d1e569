package cn.shenyang.grassroots.rural.rectification;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Closing out (销号) and reopening a case: {@link RectificationStatus}'s table decides whether the
 * step is allowed and from how far above the village; close-out needs every problem resolved, on
 * or after the last resolution. Each step appends a history row in the same transaction.
 */
@ApplicationScoped
public class RectificationWorkflow {
    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    OrgUnits orgUnits;

    @Inject
    RectificationLookup cases;

    @Transactional
    public Rectification perform(UUID id, String ifMatch, RectificationRequests.PerformAction r) {
        Rectification c = cases.require(id);
        Versions.requireMatch(ifMatch, c.version);
        String refusal = refusal(c, r.action());
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal);
        }
        RectificationStatus.Transition t = c.status.transition(r.action()).orElseThrow();
        LocalDate on = today.dated(r.occurredOn(), "occurredOn", c.statusOn, "the case's previous step (" + c.status + ")");
        if (r.action() == RectificationAction.REOPEN && (r.reason() == null || r.reason().isBlank())) {
            throw ProblemException.invalid("reason", "is required for REOPEN");
        }
        if (r.action() == RectificationAction.CLOSE_OUT) {
            String blocked = closeOutBlockedBy(c, on);
            if (blocked != null) {
                throw ProblemException.invalidTransition("CLOSE_OUT is not possible on " + on + ": " + blocked);
            }
        }
        c.status = t.to();
        c.statusOn = on;
        c.touched(caller.name(), clock);
        step(c, r.action(), t.from(), t.to(), on, r.reason(), r.evidenceRef(), caller.name(), clock);
        return c;
    }

    public RectificationView.AllowedActions allowedActions(UUID id, LocalDate on) {
        Rectification c = cases.require(id);
        LocalDate day = today.dated(on, "occurredOn", null, null);
        List<RectificationView.AllowedAction> actions = new ArrayList<>();
        for (RectificationStatus.Transition t : c.status.transitions().values()) {
            if (c.status.refusal(t.action(), roles()) == null) {
                String blocked = t.reach().refusal(caller, orgUnits.pathOf(c.villageId), t.action().name());
                if (blocked == null && day.isBefore(c.statusOn)) {
                    blocked = "the case's previous step is dated " + c.statusOn;
                }
                if (blocked == null && t.action() == RectificationAction.CLOSE_OUT) {
                    blocked = closeOutBlockedBy(c, day);
                }
                actions.add(new RectificationView.AllowedAction(t.action(), t.to(), t.reach(), blocked == null, blocked));
            }
        }
        return new RectificationView.AllowedActions(c.id, c.status, c.version, day, actions);
    }

    /** Null when every problem was resolved on or before {@code on}; otherwise which are open. */
    static String closeOutBlockedBy(Rectification c, LocalDate on) {
        List<RectificationProblem> problems = RectificationProblem.list(
                "from RectificationProblem p where p.rectificationId = ?1 order by p.raisedOn, p.recordedAt", c.id);
        List<RectificationProblem> open = problems.stream().filter(p -> p.resolvedOn == null).toList();
        if (!open.isEmpty()) {
            return open.size() + " problem(s) still open: " + open.stream()
                    .map(p -> p.category + " \"" + abbreviate(p.description) + "\" (" + p.id + ")")
                    .collect(Collectors.joining("; "));
        }
        LocalDate last = problems.stream().map(p -> p.resolvedOn).max(Comparator.naturalOrder()).orElse(null);
        if (last != null && on.isBefore(last)) {
            return "the last problem was resolved on " + last;
        }
        return null;
    }

    private String refusal(Rectification c, RectificationAction action) {
        String refusal = c.status.refusal(action, roles());
        if (refusal != null) {
            return refusal;
        }
        return c.status.transition(action).orElseThrow().reach().refusal(caller, orgUnits.pathOf(c.villageId),
                action.name());
    }

    static void step(Rectification c, RectificationAction action, RectificationStatus from, RectificationStatus to,
            LocalDate on, String reason, String evidenceRef, String actor, Clock clock) {
        RectificationStep s = new RectificationStep();
        s.id = UUID.randomUUID();
        s.rectificationId = c.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.occurredOn = on;
        s.reason = reason == null || reason.isBlank() ? null : reason.strip();
        s.evidenceRef = evidenceRef == null || evidenceRef.isBlank() ? null : evidenceRef.strip();
        s.recordedBy = actor;
        s.recordedAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        s.persist();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private Set<String> roles() {
        return Roles.BY_RANK.stream().filter(caller::hasRole).collect(Collectors.toSet());
    }
}

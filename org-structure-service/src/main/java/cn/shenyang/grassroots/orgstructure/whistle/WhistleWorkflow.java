package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.department.Department;
import cn.shenyang.grassroots.orgstructure.department.DepartmentService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The whistle workflow: {@link WhistleStatus}'s table decides whether a step is allowed for this
 * caller, the rules here whether it can happen as sent and at the time it is dated, and every step
 * appends a history row in the same transaction.
 */
@ApplicationScoped
public class WhistleWorkflow {
    @Inject
    WhistleService whistles;

    @Inject
    WhistleScope scope;

    @Inject
    WhistleHistory history;

    @Inject
    DepartmentService departments;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Whistle perform(UUID id, String ifMatch, WhistleRequests.PerformWhistleAction r) {
        Whistle w = whistles.require(id);
        Versions.requireMatch(ifMatch, w.version);
        return perform(w, r);
    }

    /** A step on a whistle already read (an import replays a ledger's steps this way). */
    @Transactional
    public Whistle perform(Whistle w, WhistleRequests.PerformWhistleAction r) {
        UUID acting = scope.actingDepartment(r.departmentId());
        WhistleAssignment assignment = acting == null ? null : activeAssignment(w.id, acting);
        String refusal = w.status.refusal(r.action(), scope.parties(w, assignment));
        if (refusal != null) {
            throw ProblemException.invalidTransition(refusal + (acting == null && departmentStep(w, r.action())
                    ? " (an ADMIN acting for a department names it in departmentId)" : ""));
        }
        OffsetDateTime at = history.stepTime(w, r.occurredAt());
        WhistleStatus from = w.status;
        WhistleStatus to = w.status.transition(r.action()).orElseThrow().to();
        switch (r.action()) {
            case DISPATCH, REDISPATCH -> dispatch(w, r, at);
            case CHECK_IN -> to = checkIn(w, assignment, at);
            case RECORD_PROGRESS -> {
                requireNote(r);
                if (assignment.checkedInAt == null) {
                    throw ProblemException.invalidTransition("RECORD_PROGRESS needs your department to CHECK_IN first");
                }
            }
            case REPORT_RESULT -> {
                requireNote(r);
                assignment.resultReportedAt = at;
                if (w.firstResolvedAt == null) {
                    w.firstResolvedAt = at;
                }
            }
            case RETURN -> {
                requireNote(r);
                assignment.returnedAt = at;
            }
            case CONFIRM -> to = confirm(w, r, at);
        }
        w.status = to;
        w.lastStepAt = at;
        w.touched(caller.name(), clock);
        history.append(w, r.action().name(), from, to, acting, at, r.note(), r.rating());
        return w;
    }

    /** What the table offers this caller now; {@code departmentId} lets an ADMIN ask as a department. */
    public WhistleView.AllowedActions allowedActions(UUID id, UUID departmentId) {
        Whistle w = whistles.require(id);
        UUID acting = scope.actingDepartment(departmentId);
        WhistleAssignment assignment = acting == null ? null : activeAssignment(w.id, acting);
        Set<WhistleStatus.Party> parties = scope.parties(w, assignment);
        List<WhistleView.AllowedAction> actions = new ArrayList<>();
        for (WhistleStatus.Transition t : w.status.transitions().values()) {
            if (w.status.refusal(t.action(), parties) != null || blocked(t.action(), assignment)) {
                continue;
            }
            boolean departmentStep = t.party() == WhistleStatus.Party.DEPARTMENT
                    || t.party() == WhistleStatus.Party.LEAD_DEPARTMENT;
            WhistleStatus to = t.action() == WhistleStatus.Action.CHECK_IN && assignment.role != WhistleAssignment.Role.LEAD
                    ? w.status : t.to();
            actions.add(new WhistleView.AllowedAction(t.action(), to, departmentStep ? acting : null));
        }
        return new WhistleView.AllowedActions(w.id, w.status, w.version, actions);
    }

    /** Steps the table allows but this department's own progress does not (checked in already, or not yet). */
    private static boolean blocked(WhistleStatus.Action action, WhistleAssignment a) {
        return action == WhistleStatus.Action.CHECK_IN && a.checkedInAt != null
                || action == WhistleStatus.Action.RECORD_PROGRESS && a.checkedInAt == null;
    }

    private static boolean departmentStep(Whistle w, WhistleStatus.Action action) {
        return w.status.transition(action).map(t -> t.party() == WhistleStatus.Party.DEPARTMENT
                || t.party() == WhistleStatus.Party.LEAD_DEPARTMENT).orElse(false);
    }

    private void dispatch(Whistle w, WhistleRequests.PerformWhistleAction r, OffsetDateTime at) {
        if (r.leadDepartmentId() == null) {
            throw ProblemException.invalid("leadDepartmentId", "is required for " + r.action());
        }
        Set<UUID> coHandlers = new LinkedHashSet<>(r.coHandlerDepartmentIds() == null ? List.of() : r.coHandlerDepartmentIds());
        if (coHandlers.contains(r.leadDepartmentId())) {
            throw ProblemException.invalid("coHandlerDepartmentIds", "must not include the lead department");
        }
        WhistleCategory category = WhistleCategory.findById(w.categoryId);
        WhistleAssignment.update("active = false where whistleId = ?1 and active = true", w.id);
        assign(w, requireDepartment(w, r.leadDepartmentId(), "leadDepartmentId"), WhistleAssignment.Role.LEAD, category, at);
        for (UUID co : coHandlers) {
            assign(w, requireDepartment(w, co, "coHandlerDepartmentIds"), WhistleAssignment.Role.CO_HANDLER, category, at);
        }
        w.leadDepartmentId = r.leadDepartmentId();
        w.dispatchedAt = at;
        w.checkInDeadline = at.plus(category.checkIn(w.urgency));
        w.resolveDeadline = at.plus(category.resolve(w.urgency));
        w.escalation = Escalation.NONE;
        if (w.firstDispatchedAt == null) {
            w.firstDispatchedAt = at;
        }
    }

    /** A department of the whistle's district (its district is an ancestor of the community). */
    private Department requireDepartment(Whistle w, UUID id, String field) {
        Department d = departments.requireField(id, field);
        if (!w.communityPath.startsWith(d.districtPath + ".")) {
            throw ProblemException.invalid(field, d.name + " is not a department of the whistle's district");
        }
        return d;
    }

    private static void assign(Whistle w, Department d, WhistleAssignment.Role role, WhistleCategory category,
            OffsetDateTime at) {
        WhistleAssignment a = new WhistleAssignment();
        a.id = UnitIds.next();
        a.whistleId = w.id;
        a.departmentId = d.id;
        a.role = role;
        a.assignedAt = at;
        a.checkInDeadline = at.plus(category.checkIn(w.urgency));
        a.active = true;
        a.raisedAt = w.raisedAt;
        a.communityPath = w.communityPath;
        a.persist();
    }

    /** Checking in moves the whistle on only when the lead does; the first lead check-in is what statistics count. */
    private static WhistleStatus checkIn(Whistle w, WhistleAssignment a, OffsetDateTime at) {
        if (a.checkedInAt != null) {
            throw ProblemException.invalidTransition("Your department already checked in at " + a.checkedInAt);
        }
        a.checkedInAt = at;
        if (a.role != WhistleAssignment.Role.LEAD) {
            return w.status;
        }
        if (w.firstLeadCheckInAt == null) {
            w.firstLeadCheckInAt = at;
            w.firstLeadAssignedAt = a.assignedAt;
            w.firstLeadCheckInOnTime = a.onTime();
        }
        return WhistleStatus.IN_PROGRESS;
    }

    /** A rating of 3 or more closes the whistle; under 3 reopens it, with a fresh resolution period from now. */
    private static WhistleStatus confirm(Whistle w, WhistleRequests.PerformWhistleAction r, OffsetDateTime at) {
        if (r.rating() == null) {
            throw ProblemException.invalid("rating", "is required for CONFIRM (1–5)");
        }
        w.rating = r.rating();
        w.ratedAt = at;
        if (r.rating() < 3) {
            WhistleCategory category = WhistleCategory.findById(w.categoryId);
            w.resolveDeadline = at.plus(category.resolve(w.urgency));
            w.dispatchedAt = at;
            return WhistleStatus.IN_PROGRESS;
        }
        w.confirmedAt = at;
        return WhistleStatus.CLOSED;
    }

    private static void requireNote(WhistleRequests.PerformWhistleAction r) {
        if (r.note() == null || r.note().isBlank()) {
            throw ProblemException.invalid("note", "is required for " + r.action()
                    + (r.action() == WhistleStatus.Action.RETURN ? " (the reason)" : ""));
        }
    }

    private static WhistleAssignment activeAssignment(UUID whistleId, UUID departmentId) {
        return WhistleAssignment.find("whistleId = ?1 and departmentId = ?2 and active = true", whistleId, departmentId)
                .firstResult();
    }
}

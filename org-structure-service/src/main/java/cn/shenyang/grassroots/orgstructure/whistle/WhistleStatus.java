package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whistle workflow as a table: statuses, actions, and the one map of allowed transitions with
 * the party that may perform each. Data rules (deadlines, dates, which department) are checked by
 * {@link WhistleWorkflow} after the table allows the step.
 */
public enum WhistleStatus implements Labelled {
    /** Raised by the community, waiting for the sub-district to dispatch it. */
    RAISED("已吹哨", "Raised"),
    /** Dispatched; the lead department has not checked in yet. */
    DISPATCHED("已派单", "Dispatched"),
    /** The lead department checked in and works on it (also after a rating under 3 reopened it). */
    IN_PROGRESS("办理中", "In progress"),
    /** The lead department reported a result; the community has to confirm and rate it. */
    RESOLVED("已办结待确认", "Resolved, awaiting confirmation"),
    /** The community confirmed the result with a rating of 3 or more. */
    CLOSED("已关闭", "Closed"),
    /** The lead department returned it with a reason; the sub-district has to dispatch it anew. */
    RETURNED("已退回", "Returned");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    WhistleStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Who takes part in a whistle; a caller may be several at once (a sub-district manager also covers the community). */
    public enum Party {
        /** Someone managing the whistle's community (ORG_MANAGER covering it, or ADMIN). */
        COMMUNITY,
        /** Someone managing the community's sub-district (ORG_MANAGER covering the parent unit, or ADMIN). */
        SUBDISTRICT,
        /** A department the whistle is dispatched to, lead or co-handler (its liaison, or ADMIN naming it). */
        DEPARTMENT,
        /** The lead department only. */
        LEAD_DEPARTMENT
    }

    @Schema(name = "WhistleAction")
    public enum Action implements Labelled {
        DISPATCH("派单", "Dispatch"),
        CHECK_IN("报到", "Check in"),
        RECORD_PROGRESS("记录进展", "Record progress"),
        REPORT_RESULT("反馈结果", "Report the result"),
        CONFIRM("确认评价", "Confirm and rate"),
        RETURN("退回", "Return"),
        REDISPATCH("重新派单", "Dispatch anew");

        private final String labelZh;
        private final String labelEn;

        Action(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        @Override
        public String labelZh() { return labelZh; }

        @Override
        public String labelEn() { return labelEn; }
    }

    /** One allowed step: where it leads and who may take it. */
    public record Transition(WhistleStatus from, Action action, WhistleStatus to, Party party) {}

    /** The whole workflow. Anything not listed here is refused. */
    public static final Map<WhistleStatus, Map<Action, Transition>> TRANSITIONS;

    static {
        Map<WhistleStatus, Map<Action, Transition>> t = new EnumMap<>(WhistleStatus.class);
        for (WhistleStatus s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        allow(t, RAISED, Action.DISPATCH, DISPATCHED, Party.SUBDISTRICT);
        // a co-handler's check-in leaves the status as it is; the lead's moves it on (WhistleWorkflow)
        allow(t, DISPATCHED, Action.CHECK_IN, IN_PROGRESS, Party.DEPARTMENT);
        allow(t, DISPATCHED, Action.RETURN, RETURNED, Party.LEAD_DEPARTMENT);
        allow(t, IN_PROGRESS, Action.CHECK_IN, IN_PROGRESS, Party.DEPARTMENT);
        allow(t, IN_PROGRESS, Action.RECORD_PROGRESS, IN_PROGRESS, Party.DEPARTMENT);
        allow(t, IN_PROGRESS, Action.REPORT_RESULT, RESOLVED, Party.LEAD_DEPARTMENT);
        allow(t, IN_PROGRESS, Action.RETURN, RETURNED, Party.LEAD_DEPARTMENT);
        // a rating under 3 reopens the whistle: IN_PROGRESS instead of CLOSED (WhistleWorkflow)
        allow(t, RESOLVED, Action.CONFIRM, CLOSED, Party.COMMUNITY);
        allow(t, RETURNED, Action.REDISPATCH, DISPATCHED, Party.SUBDISTRICT);
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    private static void allow(Map<WhistleStatus, Map<Action, Transition>> t, WhistleStatus from, Action action,
            WhistleStatus to, Party party) {
        t.get(from).put(action, new Transition(from, action, to, party));
    }

    public Map<Action, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** Statuses in which departments still owe work, so deadlines run. */
    public boolean open() {
        return this == DISPATCHED || this == IN_PROGRESS;
    }

    /**
     * Null when the table lets a caller who is {@code parties} take {@code action} here; otherwise why
     * not, in words a caller can act on.
     */
    public String refusal(Action action, Set<Party> parties) {
        Transition t = TRANSITIONS.get(this).get(action);
        if (t == null) {
            String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
            return action + " is not allowed for a whistle in status " + this
                    + (allowed.isEmpty() ? " (it is closed: nothing more can be done)" : "; allowed here: " + allowed);
        }
        if (!parties.contains(t.party())) {
            return action + " in status " + this + " is for " + describe(t.party()) + ", which you are not";
        }
        return null;
    }

    static String describe(Party party) {
        return switch (party) {
            case COMMUNITY -> "the whistle's community";
            case SUBDISTRICT -> "the community's sub-district";
            case DEPARTMENT -> "a department the whistle is dispatched to";
            case LEAD_DEPARTMENT -> "the lead department";
        };
    }
}

package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The handling of an opinion as a table: statuses, actions and the one map of allowed moves with
 * the roles that may make each. RECEIVED → ASSIGNED → COORDINATING → RESOLVED, or
 * CONVERTED_TO_PROPOSAL, or DECLINED; an opinion that is closed gets one REPLY to the person who
 * raised it. Rules that depend on data (the representative's term, one reply) are
 * {@link OpinionService}'s, after the table allows the move.
 */
@Schema(name = "OpinionStatus")
public enum OpinionStatus implements Labelled {
    RECEIVED("已收集", "Received"),
    ASSIGNED("已交办代表", "Assigned to a representative"),
    COORDINATING("协调办理中", "Being coordinated with departments"),
    RESOLVED("已协调解决", "Resolved"),
    CONVERTED_TO_PROPOSAL("已形成提案议案", "Turned into a proposal or motion"),
    DECLINED("不予办理", "Declined");

    private final String labelZh;
    private final String labelEn;

    OpinionStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    @Schema(name = "OpinionAction")
    public enum Action implements Labelled {
        ASSIGN("交办代表", "Assign (or reassign) to a representative"),
        COORDINATE("协调有关部门", "Start coordinating with departments"),
        RESOLVE("协调解决", "Resolve"),
        CONVERT_TO_PROPOSAL("形成提案议案", "Turn into a proposal or motion (with its number)"),
        DECLINE("不予办理", "Decline (with the reason)"),
        REPLY("答复群众", "Reply to the person who raised it");

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

    /** One allowed move: where it leads and who may make it. */
    public record Transition(OpinionStatus from, Action action, OpinionStatus to, Set<String> roles) {}

    /** The statuses an opinion's handling ends in. */
    public static final Set<OpinionStatus> CLOSED = Set.of(RESOLVED, CONVERTED_TO_PROPOSAL, DECLINED);

    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER);

    /** The whole workflow. Anything not listed here is refused. */
    public static final Map<OpinionStatus, Map<Action, Transition>> TRANSITIONS;

    static {
        Map<OpinionStatus, Map<Action, Transition>> t = new EnumMap<>(OpinionStatus.class);
        for (OpinionStatus s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        allow(t, RECEIVED, Action.ASSIGN, ASSIGNED);
        allow(t, RECEIVED, Action.DECLINE, DECLINED);
        allow(t, ASSIGNED, Action.ASSIGN, ASSIGNED);
        allow(t, ASSIGNED, Action.COORDINATE, COORDINATING);
        for (OpinionStatus s : new OpinionStatus[] {ASSIGNED, COORDINATING}) {
            allow(t, s, Action.RESOLVE, RESOLVED);
            allow(t, s, Action.CONVERT_TO_PROPOSAL, CONVERTED_TO_PROPOSAL);
            allow(t, s, Action.DECLINE, DECLINED);
        }
        for (OpinionStatus s : CLOSED) {
            allow(t, s, Action.REPLY, s);
        }
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    private static void allow(Map<OpinionStatus, Map<Action, Transition>> t, OpinionStatus from, Action action, OpinionStatus to) {
        t.get(from).put(action, new Transition(from, action, to, MANAGERS));
    }

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    public Map<Action, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** Null when someone holding {@code roles} may perform {@code action} in this status; otherwise why not. */
    public String refusal(Action action, Set<String> roles) {
        Transition t = TRANSITIONS.get(this).get(action);
        if (t == null) {
            String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
            return action + " is not allowed for an opinion that is " + this
                    + (allowed.isEmpty() ? " (nothing more can be done)" : "; allowed here: " + allowed);
        }
        if (roles.stream().noneMatch(t.roles()::contains)) {
            return action + " needs one of the roles " + t.roles().stream().sorted().toList();
        }
        return null;
    }
}

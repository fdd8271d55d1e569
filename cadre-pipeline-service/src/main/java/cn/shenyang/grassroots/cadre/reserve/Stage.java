package cn.shenyang.grassroots.cadre.reserve;

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
 * The selection workflow of a reserve cadre ("three recommendations, three selections, three
 * publicities") as a table: stages, actions, and the one map of allowed transitions with the roles
 * that may perform each. Rules that depend on data (eligibility, votes, the publicity window,
 * objections) are checked by {@link WorkflowService} after the table allows the move.
 */
@Schema(name = "ReserveCadreStage")
public enum Stage implements Labelled {
    RECOMMENDED("已推荐(提名人选)", "Recommended"),
    QUALIFIED("资格筛选通过", "Passed qualification screening"),
    NOMINATED("民主推选通过", "Passed democratic nomination"),
    INSPECTED("考察遴选通过", "Passed inspection"),
    PUBLICIZED("公示中", "Under publicity"),
    IN_RESERVE("入库(后备干部)", "In the reserve pool"),
    REJECTED("未通过", "Rejected"),
    WITHDRAWN("本人退出", "Withdrawn"),
    REMOVED("调整出库", "Removed from the pool"),
    ELECTED("进入村\"两委\"班子", "Elected to the village committees");

    private final String labelZh;
    private final String labelEn;

    Stage(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public boolean isFinal() {
        return TRANSITIONS.get(this).isEmpty();
    }

    /** What can be done to a cadre. RECOMMEND is creation itself, so no stage offers it. */
    @Schema(name = "ReserveCadreAction")
    public enum Action implements Labelled {
        RECOMMEND("推荐", "Recommend (create)"),
        QUALIFY("资格筛选", "Pass qualification screening"),
        NOMINATE("民主推选", "Record democratic nomination"),
        INSPECT("考察遴选", "Record inspection, written test and interview"),
        PUBLICIZE("人选公示", "Start the publicity window"),
        ADMIT("公示期满入库", "Admit to the reserve pool after publicity"),
        REJECT("不予通过", "Reject"),
        WITHDRAW("本人退出", "Withdraw at the candidate's request"),
        REMOVE("调整出库", "Remove from the reserve pool"),
        ELECT("当选进入村\"两委\"", "Elected to a village committee: leaves the pool as a success");

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

    /** The stages a candidacy ends in; a person can be recommended again only after one of them. */
    public static final Set<Stage> EXITS = Set.of(REJECTED, WITHDRAWN, REMOVED, ELECTED);

    /** The exits from the reserve pool. */
    public static final Set<Stage> POOL_EXITS = Set.of(REMOVED, ELECTED);

    /** One allowed move: where it leads and who may make it. */
    public record Transition(Stage from, Action action, Stage to, Set<String> roles) {}

    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER);

    /** The whole workflow. Anything not listed here is refused. */
    public static final Map<Stage, Map<Action, Transition>> TRANSITIONS;

    static {
        Map<Stage, Map<Action, Transition>> t = new EnumMap<>(Stage.class);
        for (Stage s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        allow(t, RECOMMENDED, Action.QUALIFY, QUALIFIED);
        allow(t, QUALIFIED, Action.NOMINATE, NOMINATED);
        allow(t, NOMINATED, Action.INSPECT, INSPECTED);
        allow(t, INSPECTED, Action.PUBLICIZE, PUBLICIZED);
        allow(t, PUBLICIZED, Action.ADMIT, IN_RESERVE);
        for (Stage s : new Stage[] {RECOMMENDED, QUALIFIED, NOMINATED, INSPECTED, PUBLICIZED}) {
            allow(t, s, Action.REJECT, REJECTED);
            allow(t, s, Action.WITHDRAW, WITHDRAWN);
        }
        allow(t, IN_RESERVE, Action.REMOVE, REMOVED);
        allow(t, IN_RESERVE, Action.ELECT, ELECTED);
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    private static void allow(Map<Stage, Map<Action, Transition>> t, Stage from, Action action, Stage to) {
        t.get(from).put(action, new Transition(from, action, to, MANAGERS));
    }

    public Map<Action, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(Action action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /**
     * Null when the table lets someone holding {@code roles} perform {@code action} here;
     * otherwise why not, in words a caller can act on.
     */
    public String refusal(Action action, Set<String> roles) {
        String refusal = refusal(action);
        if (refusal != null) {
            return refusal;
        }
        Transition t = TRANSITIONS.get(this).get(action);
        if (roles.stream().noneMatch(t.roles()::contains)) {
            return action + " needs one of the roles " + t.roles().stream().sorted().toList();
        }
        return null;
    }

    /** Null when the table has {@code action} from this stage, whoever performs it; otherwise why not. */
    public String refusal(Action action) {
        if (TRANSITIONS.get(this).containsKey(action)) {
            return null;
        }
        if (action == Action.RECOMMEND) {
            return "RECOMMEND creates a reserve cadre; it cannot be performed on an existing one";
        }
        String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
        return action + " is not allowed for a cadre in stage " + this
                + (allowed.isEmpty() ? " (a final stage: nothing more can be done)" : "; allowed here: " + allowed);
    }
}

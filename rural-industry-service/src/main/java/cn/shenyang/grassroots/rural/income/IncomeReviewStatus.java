package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Reach;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The review of a village's collective-income return as a table: statuses, actions, and the one
 * map of allowed transitions with the roles that may perform each and how far above the village
 * the performer's scope must begin (the village reports, its township reviews, the county level
 * confirms). Amounts change only by AMEND before confirmation and CORRECT after it, each a new
 * revision; a confirmed revision keeps counting until its correction is confirmed.
 */
@Schema(name = "IncomeReviewStatus")
public enum IncomeReviewStatus implements Labelled {
    REPORTED("已上报", "Reported by the village, awaiting township review"),
    TOWNSHIP_REVIEWED("乡镇已审核", "Reviewed by the township, awaiting confirmation"),
    CONFIRMED("已确认", "Confirmed"),
    RETURNED("已退回", "Returned to the village for correction");

    private final String labelZh;
    private final String labelEn;

    IncomeReviewStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** One allowed move: where it leads, who may make it and from how far above the village. */
    public record Transition(IncomeReviewStatus from, IncomeReviewAction action, IncomeReviewStatus to,
            Set<String> roles, Reach reach) {}

    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER);

    /** The whole review. Anything not listed here is refused. */
    public static final Map<IncomeReviewStatus, Map<IncomeReviewAction, Transition>> TRANSITIONS;

    static {
        Map<IncomeReviewStatus, Map<IncomeReviewAction, Transition>> t = new EnumMap<>(IncomeReviewStatus.class);
        for (IncomeReviewStatus s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        allow(t, REPORTED, IncomeReviewAction.REVIEW, TOWNSHIP_REVIEWED, Reach.PARENT);
        allow(t, REPORTED, IncomeReviewAction.RETURN, RETURNED, Reach.PARENT);
        allow(t, REPORTED, IncomeReviewAction.AMEND, REPORTED, Reach.UNIT);
        allow(t, TOWNSHIP_REVIEWED, IncomeReviewAction.CONFIRM, CONFIRMED, Reach.GRANDPARENT);
        allow(t, TOWNSHIP_REVIEWED, IncomeReviewAction.RETURN, RETURNED, Reach.GRANDPARENT);
        allow(t, RETURNED, IncomeReviewAction.AMEND, REPORTED, Reach.UNIT);
        allow(t, CONFIRMED, IncomeReviewAction.CORRECT, REPORTED, Reach.UNIT);
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    private static void allow(Map<IncomeReviewStatus, Map<IncomeReviewAction, Transition>> t, IncomeReviewStatus from,
            IncomeReviewAction action, IncomeReviewStatus to, Reach reach) {
        t.get(from).put(action, new Transition(from, action, to, MANAGERS, reach));
    }

    public Map<IncomeReviewAction, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(IncomeReviewAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /**
     * Null when the table lets someone holding {@code roles} perform {@code action} here
     * (the reach is judged separately, on the village); otherwise why not, in words a caller can act on.
     */
    public String refusal(IncomeReviewAction action, Set<String> roles) {
        Transition t = TRANSITIONS.get(this).get(action);
        if (t == null) {
            if (action == IncomeReviewAction.REPORT) {
                return "REPORT creates a return; it cannot be performed on an existing one";
            }
            String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
            String hint = this == CONFIRMED && action == IncomeReviewAction.AMEND
                    ? " (a confirmed return is changed only by CORRECT, with a reason)" : "";
            return action + " is not allowed for a return in status " + this + hint + "; allowed here: " + allowed;
        }
        if (roles.stream().noneMatch(t.roles()::contains)) {
            return action + " needs one of the roles " + t.roles().stream().sorted().toList();
        }
        return null;
    }
}

package cn.shenyang.grassroots.rural.rectification;

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
 * A weak-and-lax case as a table: it is rectified until the county level closes it out (销号),
 * which the data rule allows only once every problem is resolved; a relapse reopens it.
 */
@Schema(name = "RectificationStatus")
public enum RectificationStatus implements Labelled {
    RECTIFYING("整顿中", "Being rectified"),
    CLOSED_OUT("已销号", "Closed out");

    private final String labelZh;
    private final String labelEn;

    RectificationStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** One allowed move: where it leads, who may make it, from how far above the village. */
    public record Transition(RectificationStatus from, RectificationAction action, RectificationStatus to,
            Set<String> roles, Reach reach) {}

    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER);

    public static final Map<RectificationStatus, Map<RectificationAction, Transition>> TRANSITIONS;

    static {
        Map<RectificationStatus, Map<RectificationAction, Transition>> t = new EnumMap<>(RectificationStatus.class);
        for (RectificationStatus s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        t.get(RECTIFYING).put(RectificationAction.CLOSE_OUT, new Transition(RECTIFYING, RectificationAction.CLOSE_OUT,
                CLOSED_OUT, MANAGERS, Reach.GRANDPARENT));
        t.get(CLOSED_OUT).put(RectificationAction.REOPEN, new Transition(CLOSED_OUT, RectificationAction.REOPEN,
                RECTIFYING, MANAGERS, Reach.GRANDPARENT));
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    public Map<RectificationAction, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(RectificationAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** Null when the table lets someone holding {@code roles} perform {@code action} here; otherwise why not. */
    public String refusal(RectificationAction action, Set<String> roles) {
        Transition t = TRANSITIONS.get(this).get(action);
        if (t == null) {
            if (action == RectificationAction.OPEN) {
                return "OPEN creates a case; it cannot be performed on an existing one";
            }
            String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
            return action + " is not allowed for a case in status " + this + "; allowed here: " + allowed;
        }
        if (roles.stream().noneMatch(t.roles()::contains)) {
            return action + " needs one of the roles " + t.roles().stream().sorted().toList();
        }
        return null;
    }
}

package cn.shenyang.grassroots.rural.post;

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

/** A post claim as a table: claimed and fulfilled until it is evaluated or released; both are final. */
@Schema(name = "PartyMemberPostStatus")
public enum PostClaimStatus implements Labelled {
    CLAIMED("已认岗", "Claimed, being fulfilled"),
    EVALUATED("已评议", "Evaluated"),
    RELEASED("已撤岗", "Released");

    private final String labelZh;
    private final String labelEn;

    PostClaimStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public record Transition(PostClaimStatus from, PostClaimAction action, PostClaimStatus to, Set<String> roles) {}

    private static final Set<String> MANAGERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER);

    public static final Map<PostClaimStatus, Map<PostClaimAction, Transition>> TRANSITIONS;

    static {
        Map<PostClaimStatus, Map<PostClaimAction, Transition>> t = new EnumMap<>(PostClaimStatus.class);
        for (PostClaimStatus s : values()) {
            t.put(s, new LinkedHashMap<>());
        }
        t.get(CLAIMED).put(PostClaimAction.EVALUATE, new Transition(CLAIMED, PostClaimAction.EVALUATE, EVALUATED, MANAGERS));
        t.get(CLAIMED).put(PostClaimAction.RELEASE, new Transition(CLAIMED, PostClaimAction.RELEASE, RELEASED, MANAGERS));
        t.replaceAll((s, m) -> Collections.unmodifiableMap(m));
        TRANSITIONS = Collections.unmodifiableMap(t);
    }

    public Map<PostClaimAction, Transition> transitions() {
        return TRANSITIONS.get(this);
    }

    public Optional<Transition> transition(PostClaimAction action) {
        return Optional.ofNullable(TRANSITIONS.get(this).get(action));
    }

    /** Null when the table lets someone holding {@code roles} perform {@code action} here; otherwise why not. */
    public String refusal(PostClaimAction action, Set<String> roles) {
        Transition t = TRANSITIONS.get(this).get(action);
        if (t == null) {
            if (action == PostClaimAction.CLAIM) {
                return "CLAIM creates a claim; it cannot be performed on an existing one";
            }
            String allowed = TRANSITIONS.get(this).keySet().stream().map(Enum::name).collect(Collectors.joining(", "));
            return action + " is not allowed for a claim in status " + this
                    + (allowed.isEmpty() ? " (a final status: nothing more can be done)" : "; allowed here: " + allowed);
        }
        if (roles.stream().noneMatch(t.roles()::contains)) {
            return action + " needs one of the roles " + t.roles().stream().sorted().toList();
        }
        return null;
    }
}

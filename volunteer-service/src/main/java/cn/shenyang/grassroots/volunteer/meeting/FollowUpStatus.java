package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a meeting's decision is followed up, as a table: OPEN → IN_PROGRESS → DONE, or DROPPED (with
 * a note) from either; DONE and DROPPED are final.
 */
@Schema(name = "DecisionFollowUpStatus")
public enum FollowUpStatus implements Labelled {
    OPEN("待落实", "Open"),
    IN_PROGRESS("落实中", "In progress"),
    DONE("已落实", "Done"),
    DROPPED("不再落实", "Dropped");

    private final String labelZh;
    private final String labelEn;

    FollowUpStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Where each status may move next; anything not listed is refused. */
    public static final Map<FollowUpStatus, Set<FollowUpStatus>> NEXT;

    static {
        Map<FollowUpStatus, Set<FollowUpStatus>> next = new EnumMap<>(FollowUpStatus.class);
        next.put(OPEN, EnumSet.of(IN_PROGRESS, DONE, DROPPED));
        next.put(IN_PROGRESS, EnumSet.of(DONE, DROPPED));
        next.put(DONE, EnumSet.noneOf(FollowUpStatus.class));
        next.put(DROPPED, EnumSet.noneOf(FollowUpStatus.class));
        NEXT = java.util.Collections.unmodifiableMap(next);
    }

    public boolean isFinal() {
        return NEXT.get(this).isEmpty();
    }

    /** Null when a decision may move from this status to {@code to}; otherwise why not, with what is possible. */
    public String refusal(FollowUpStatus to) {
        if (NEXT.get(this).contains(to)) {
            return null;
        }
        return "a decision that is " + this + " cannot become " + to + (isFinal() ? " (" + this + " is final)"
                : "; it can become " + NEXT.get(this).stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
}

package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A whistle's history: the dates a step may carry, and the row each step appends. */
@ApplicationScoped
public class WhistleHistory {
    /** Who records the steps the escalation job takes. */
    public static final String SYSTEM = "system";

    @Inject
    Caller caller;

    @Inject
    Today today;

    OffsetDateTime utc(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC);
    }

    void requireNotFuture(OffsetDateTime at) {
        OffsetDateTime now = today.now();
        if (at.isAfter(now)) {
            throw ProblemException.invalid("occurredAt", "must not be in the future (now is " + now + ")");
        }
    }

    /** The time a step is dated: given or now, never in the future, never before the whistle's previous step. */
    OffsetDateTime stepTime(Whistle w, OffsetDateTime given) {
        OffsetDateTime at = given == null ? today.now() : utc(given);
        requireNotFuture(at);
        if (at.isBefore(w.lastStepAt)) {
            throw ProblemException.invalid("occurredAt", "must not be before the whistle's previous step (at "
                    + w.lastStepAt + ")");
        }
        return at;
    }

    void append(Whistle w, String action, WhistleStatus from, WhistleStatus to, UUID departmentId, OffsetDateTime at,
            String note, Integer rating) {
        WhistleStep s = new WhistleStep();
        s.whistleId = w.id;
        s.action = action;
        s.fromStatus = from;
        s.toStatus = to;
        s.departmentId = departmentId;
        s.occurredAt = at;
        s.note = note == null || note.isBlank() ? null : note.strip();
        s.rating = rating;
        s.recordedBy = action.equals("ESCALATE") ? SYSTEM : caller.name();
        s.recordedAt = today.now();
        s.persist();
    }
}

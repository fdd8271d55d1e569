package cn.shenyang.grassroots.orgstructure.whistle;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far up an overdue whistle has gone. A whistle whose lead department has not checked in by
 * the check-in deadline, or has not reported a result by the resolution deadline, goes to the
 * sub-district; one still overdue after as long again as was allowed goes to the district.
 */
@Schema(name = "WhistleEscalation")
public enum Escalation {
    NONE,
    SUBDISTRICT,
    DISTRICT;

    /**
     * The level a whistle should have reached at {@code now}: only open whistles (dispatched or in
     * progress) escalate, and a deadline passes when {@code now} is after it (its own second is still in time).
     */
    public static Escalation due(WhistleStatus status, OffsetDateTime dispatchedAt, OffsetDateTime checkInDeadline,
            OffsetDateTime resolveDeadline, OffsetDateTime now) {
        if (!status.open()) {
            return NONE;
        }
        Escalation checkIn = status == WhistleStatus.DISPATCHED ? past(dispatchedAt, checkInDeadline, now) : NONE;
        Escalation resolve = past(dispatchedAt, resolveDeadline, now);
        return checkIn.compareTo(resolve) >= 0 ? checkIn : resolve;
    }

    private static Escalation past(OffsetDateTime from, OffsetDateTime deadline, OffsetDateTime now) {
        if (!now.isAfter(deadline)) {
            return NONE;
        }
        return now.isAfter(deadline.plus(Duration.between(from, deadline))) ? DISTRICT : SUBDISTRICT;
    }

    public boolean above(Escalation other) {
        return compareTo(other) > 0;
    }
}

package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far up an overdue whistle has gone. A whistle whose lead department has not checked in by
 * the check-in deadline, or has not reported a result by the resolution deadline, goes to the
 * sub-district; one still overdue after as long again as was allowed goes to the district.
 */
@Schema(name = "WhistleEscalation")
public enum Escalation implements Labelled {
    NONE("未升级", "Not escalated"),
    SUBDISTRICT("升级至街道", "Escalated to the sub-district"),
    DISTRICT("升级至区", "Escalated to the district");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    Escalation(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

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

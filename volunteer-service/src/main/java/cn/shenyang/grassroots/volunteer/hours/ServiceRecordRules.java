package cn.shenyang.grassroots.volunteer.hours;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a service record acceptable on its own (the overlap with other records, the
 * volunteer and the activity are checked by the service): actual service time in steps of half
 * an hour, no more than the time between start and end (travel is not counted), a service of at
 * most 24 hours, and nothing in the future.
 */
public final class ServiceRecordRules {
    public static final Duration LONGEST = Duration.ofHours(24);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private ServiceRecordRules() {}

    /** A broken rule and the field that carries it. */
    public record Violation(String field, String message) {}

    public static List<Violation> check(OffsetDateTime startedAt, OffsetDateTime endedAt, BigDecimal hours,
            OffsetDateTime now) {
        List<Violation> violations = new ArrayList<>();
        if (hours.signum() <= 0 || hours.multiply(TWO).stripTrailingZeros().scale() > 0) {
            violations.add(new Violation("hours", "must be a positive number of hours in steps of 0.5"));
        }
        if (!endedAt.isAfter(startedAt)) {
            violations.add(new Violation("endedAt", "must be after startedAt"));
            return violations;
        }
        Duration span = Duration.between(startedAt, endedAt);
        if (span.compareTo(LONGEST) > 0) {
            violations.add(new Violation("endedAt", "must be at most 24 hours after startedAt (record each day's service apart)"));
        }
        if (endedAt.isAfter(now)) {
            violations.add(new Violation("endedAt", "must not be in the future: hours are recorded once served"));
        }
        if (hours.signum() > 0 && hours.compareTo(hoursBetween(span)) > 0) {
            violations.add(new Violation("hours", "must not exceed the " + hoursBetween(span).stripTrailingZeros().toPlainString()
                    + " h between startedAt and endedAt (actual service time, travel excluded)"));
        }
        return violations;
    }

    static BigDecimal hoursBetween(Duration span) {
        return BigDecimal.valueOf(span.getSeconds()).divide(SECONDS_PER_HOUR, 4, java.math.RoundingMode.DOWN);
    }

    /** Two half-open intervals [start, end) share a moment: back-to-back records do not overlap. */
    public static boolean overlap(OffsetDateTime aStart, OffsetDateTime aEnd, OffsetDateTime bStart, OffsetDateTime bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }
}

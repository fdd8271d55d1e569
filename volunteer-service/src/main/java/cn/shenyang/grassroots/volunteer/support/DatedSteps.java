package cn.shenyang.grassroots.volunteer.support;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import java.time.LocalDate;

/**
 * The rule every record of the past follows: it takes its real date, by default today, never in
 * the future and never before the step it follows.
 */
public final class DatedSteps {
    private DatedSteps() {}

    /** {@code on}, or today when absent; 400 naming {@code field} when in the future or before {@code notBefore}. */
    public static LocalDate require(LocalDate on, LocalDate today, LocalDate notBefore, String field, String previous) {
        LocalDate day = on == null ? today : on;
        String refusal = refusal(day, today, notBefore, previous);
        if (refusal != null) {
            throw ProblemException.invalid(field, refusal);
        }
        return day;
    }

    /** Why {@code day} cannot be a step's date, or null. */
    public static String refusal(LocalDate day, LocalDate today, LocalDate notBefore, String previous) {
        if (day.isAfter(today)) {
            return "must not be in the future (today is " + today + ")";
        }
        if (notBefore != null && day.isBefore(notBefore)) {
            return "must not be before " + previous + " (" + notBefore + ")";
        }
        return null;
    }
}

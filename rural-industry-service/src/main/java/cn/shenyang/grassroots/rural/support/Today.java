package cn.shenyang.grassroots.rural.support;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.time.YearPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Business dates ("today", the day a record of the past happened) are local dates where the
 * programme runs, from the injected clock; and the one rule every dated record shares.
 */
@ApplicationScoped
public class Today {
    @Inject
    Clock clock;

    @ConfigProperty(name = "rural.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * The day a record of the past happened: {@code given}, or today when not given; 400 naming
     * {@code field} when it lies in the future or before {@code notBefore} (the previous step,
     * or null when there is none), which {@code what} names in the message.
     */
    public LocalDate dated(LocalDate given, String field, LocalDate notBefore, String what) {
        LocalDate today = date();
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future (today is " + today + ")");
        }
        if (notBefore != null && on.isBefore(notBefore)) {
            throw ProblemException.invalid(field, "must not be before " + what + " (" + notBefore + ")");
        }
        return on;
    }

    /** {@code year}, refused with a 400 naming year when missing or not between 1949 and the current year. */
    public int pastYear(Integer year) {
        if (year == null) {
            throw ProblemException.invalid("year", "is required");
        }
        return YearPeriod.of(year, date()).year();
    }
}

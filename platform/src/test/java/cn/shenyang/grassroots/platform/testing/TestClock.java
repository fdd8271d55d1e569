package cn.shenyang.grassroots.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of a service's tests, replacing the platform's default system clock: the system clock
 * until a test sets it; tests that set it reset it afterwards, so the others see real time. A bean
 * of this test jar (its {@code META-INF/beans.xml}), so every service that tests with it gets it.
 */
@ApplicationScoped
public class TestClock {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SettableClock CLOCK = new SettableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    /** Sets "now" to noon, Shanghai time, of {@code day}. */
    public static void set(LocalDate day) {
        CLOCK.set(day.atTime(12, 0).atZone(SHANGHAI).toInstant());
    }

    public static void set(Instant instant) {
        CLOCK.set(instant);
    }

    public static void reset() {
        CLOCK.reset();
    }
}

package cn.shenyang.grassroots.orgstructure.support;

import cn.shenyang.grassroots.platform.testing.SettableClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;

/** The clock of this service's tests: the system clock until a test sets it; tests that set it reset it. */
@ApplicationScoped
public class TestClock {
    private static final SettableClock CLOCK = new SettableClock();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    public static void set(Instant instant) {
        CLOCK.set(instant);
    }

    public static void reset() {
        CLOCK.reset();
    }
}

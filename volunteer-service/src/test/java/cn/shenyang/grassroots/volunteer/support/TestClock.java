package cn.shenyang.grassroots.volunteer.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests can set, replacing the platform's default system clock. Unset, it is the system
 * clock; tests that set it reset it afterwards, so the others see real time.
 */
@ApplicationScoped
public class TestClock {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Settable CLOCK = new Settable();

    @Produces
    @Singleton
    Clock clock() {
        return CLOCK;
    }

    /** Sets "now" to noon, Shanghai time, of {@code day}. */
    public static void set(LocalDate day) {
        CLOCK.now = day.atTime(12, 0).atZone(SHANGHAI).toInstant();
    }

    public static void set(Instant instant) {
        CLOCK.now = instant;
    }

    public static void reset() {
        CLOCK.now = null;
    }

    static final class Settable extends Clock {
        volatile Instant now;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId z) {
                    return Settable.this.withZone(z);
                }

                @Override
                public Instant instant() {
                    return Settable.this.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            Instant n = now;
            return n == null ? Instant.now() : n;
        }
    }
}

package cn.shenyang.grassroots.platform.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests set instead of sleeping: unset, it is the system clock. A service's tests produce
 * one as their {@link Clock} bean (replacing the platform's default) and reset it after use.
 */
public final class SettableClock extends Clock {
    private volatile Instant now;

    public void set(Instant instant) {
        now = instant;
    }

    public void reset() {
        now = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SettableClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        Instant n = now;
        return n == null ? Instant.now() : n;
    }
}

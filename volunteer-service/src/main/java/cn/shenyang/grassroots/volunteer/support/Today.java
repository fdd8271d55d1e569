package cn.shenyang.grassroots.volunteer.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Business dates are local dates where the programme runs, from the injected clock; times are stored in UTC. */
@ApplicationScoped
public class Today {
    @Inject
    Clock clock;

    @Inject
    VolunteerConfig config;

    public LocalDate date() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** The local day an instant falls on. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(config.timeZone()).toLocalDate();
    }

    public ZoneId zone() {
        return config.timeZone();
    }
}

package cn.shenyang.grassroots.orgstructure.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** "Now" and "today" from the injected clock; business dates are local dates where the programme runs. */
@ApplicationScoped
public class Today {
    @Inject
    Clock clock;

    @ConfigProperty(name = "governance.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The current instant in UTC, as times are stored. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public ZoneId zone() {
        return zone;
    }
}

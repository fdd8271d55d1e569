package cn.shenyang.grassroots.cadre.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Business dates (deadlines, windows, "as of") are local dates where the programme runs, from the injected clock. */
@ApplicationScoped
public class Today {
    @Inject
    Clock clock;

    @ConfigProperty(name = "cadre.time-zone", defaultValue = "Asia/Shanghai")
    ZoneId zone;

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }
}

package cn.shenyang.grassroots.volunteer.support;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

/** The tunables of volunteer-service (README, "Configuration"). */
@ConfigMapping(prefix = "volunteer")
public interface VolunteerConfig {
    /** Zone of business dates: "today", the day a service is counted on, certificate dates. Times are stored in UTC. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** How long before an activity starts its participants may check in. */
    @WithDefault("PT1H")
    Duration earlyCheckIn();

    /** Rows of a rejected import listed in its problem (the count of all is in the detail). */
    @WithDefault("1000")
    int maxReportedErrors();
}

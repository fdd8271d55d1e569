package cn.shenyang.grassroots.orgstructure.whistle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How urgent a whistle is; each category sets the deadlines of each urgency, starting from these defaults. */
@Schema(name = "WhistleUrgency")
public enum Urgency {
    URGENT(2, 1),
    ORDINARY(24, 7),
    COMPLEX(24, 15);

    public final int defaultCheckInHours;
    public final int defaultResolveDays;

    Urgency(int defaultCheckInHours, int defaultResolveDays) {
        this.defaultCheckInHours = defaultCheckInHours;
        this.defaultResolveDays = defaultResolveDays;
    }
}

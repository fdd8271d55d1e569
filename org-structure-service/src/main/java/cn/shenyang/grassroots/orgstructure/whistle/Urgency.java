package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How urgent a whistle is; each category sets the deadlines of each urgency, starting from these defaults. */
@Schema(name = "WhistleUrgency")
public enum Urgency implements Labelled {
    URGENT(2, 1, "紧急", "Urgent"),
    ORDINARY(24, 7, "一般", "Ordinary"),
    COMPLEX(24, 15, "复杂", "Complex");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public final int defaultCheckInHours;
    public final int defaultResolveDays;

    Urgency(int defaultCheckInHours, int defaultResolveDays, String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.defaultCheckInHours = defaultCheckInHours;
        this.defaultResolveDays = defaultResolveDays;
    }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Cancelled activities take no sign-ups, check-ins or hours and are not counted as held. */
@Schema(name = "ServiceActivityStatus")
public enum ActivityStatus implements Labelled {
    SCHEDULED("已发布", "Scheduled"),
    CANCELLED("已取消", "Cancelled");

    private final String labelZh;
    private final String labelEn;

    ActivityStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

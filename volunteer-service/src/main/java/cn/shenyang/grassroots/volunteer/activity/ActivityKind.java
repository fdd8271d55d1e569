package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service activity, or a service fair (服务大集): many service items offered at one place and time. */
@Schema(name = "ServiceActivityKind")
public enum ActivityKind implements Labelled {
    ACTIVITY("志愿服务活动", "Volunteer service activity"),
    SERVICE_FAIR("党员志愿服务大集", "Service fair");

    private final String labelZh;
    private final String labelEn;

    ActivityKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

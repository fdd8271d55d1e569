package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a deployment's people are on duty. */
@Schema(name = "DutyShift")
public enum Shift implements Labelled {
    DAY("白班", "Day shift"),
    NIGHT("夜班", "Night shift"),
    FULL_DAY("全天", "Round the clock"),
    ROTATING("轮班", "Rotating shifts");

    private final String labelZh;
    private final String labelEn;

    Shift(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

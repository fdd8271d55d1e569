package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CooperativeKind")
public enum CooperativeKind implements Labelled {
    FARMER_COOPERATIVE("农民专业合作社", "Farmer cooperative"),
    FAMILY_FARM("家庭农场", "Family farm");

    private final String labelZh;
    private final String labelEn;

    CooperativeKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

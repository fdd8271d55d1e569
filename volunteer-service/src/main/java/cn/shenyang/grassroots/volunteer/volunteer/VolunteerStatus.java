package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerStatus", description = "ACTIVE volunteers take part and are counted; INACTIVE ones keep their history")
public enum VolunteerStatus implements Labelled {
    ACTIVE("在册", "Active"),
    INACTIVE("注销/暂停", "Inactive");

    private final String labelZh;
    private final String labelEn;

    VolunteerStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

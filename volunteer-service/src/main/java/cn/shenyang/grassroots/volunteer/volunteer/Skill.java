package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a volunteer can offer; the dictionary frontends show when registering and matching volunteers to service items. */
@Schema(name = "VolunteerSkill")
public enum Skill implements Labelled {
    MEDICAL("医疗卫生", "Medical care"),
    FIRST_AID("应急救护", "First aid"),
    EPIDEMIC_PREVENTION("疫情防控", "Epidemic prevention"),
    LEGAL("法律服务", "Legal advice"),
    PSYCHOLOGICAL("心理疏导", "Psychological support"),
    TUTORING("教育辅导", "Tutoring"),
    ELDERLY_CARE("助老服务", "Elderly care"),
    HAIRDRESSING("义务理发", "Hairdressing"),
    APPLIANCE_REPAIR("家电维修", "Appliance repair"),
    INFORMATION_TECHNOLOGY("信息技术", "Information technology"),
    CULTURE_ARTS("文化文艺", "Culture and arts"),
    ENVIRONMENT("环境保护", "Environment"),
    TRAFFIC_GUIDANCE("交通引导", "Traffic guidance"),
    PUBLICITY("宣传报道", "Publicity"),
    BUSINESS_ASSISTANCE("政务帮办", "Help with administrative procedures"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    Skill(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** What an opinion is about; the article names environment renovation and residents'\'' daily life. */
public enum OpinionCategory implements Labelled {
    ENVIRONMENT_RENOVATION("环境改造", "Environment renovation"),
    RESIDENTS_LIVING("居民生活", "Residents' daily life"),
    PROPERTY_MANAGEMENT("物业管理", "Property management"),
    PUBLIC_SAFETY("公共安全", "Public safety"),
    TRAFFIC("交通出行", "Traffic"),
    EDUCATION("教育", "Education"),
    HEALTH("医疗卫生", "Health"),
    ELDERLY_CARE("养老服务", "Elderly care"),
    EMPLOYMENT("就业创业", "Employment"),
    BUSINESS_ENVIRONMENT("营商环境", "Business environment"),
    EPIDEMIC_PREVENTION("疫情防控", "Epidemic prevention"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    OpinionCategory(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

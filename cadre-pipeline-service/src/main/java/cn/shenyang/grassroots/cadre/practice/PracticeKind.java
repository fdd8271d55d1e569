package cn.shenyang.grassroots.cadre.practice;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The key work a reserve cadre is given a post in. */
public enum PracticeKind implements Labelled {
    INDUSTRY("村级产业发展", "Village industry development"),
    POVERTY_ALLEVIATION("脱贫攻坚", "Poverty alleviation"),
    LAND_ACQUISITION("征地拆迁", "Land acquisition and demolition"),
    ENVIRONMENT("环境整治", "Environmental improvement"),
    PETITION_STABILITY("信访维稳", "Petitions and stability"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    PracticeKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

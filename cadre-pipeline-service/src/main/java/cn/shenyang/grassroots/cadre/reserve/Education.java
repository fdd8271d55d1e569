package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Highest education completed, lowest first (eligibility compares by this order). */
public enum Education implements Labelled {
    PRIMARY("小学", "Primary school"),
    JUNIOR_HIGH("初中", "Junior high school"),
    SENIOR_HIGH("高中", "Senior high school"),
    VOCATIONAL("中专", "Secondary vocational school"),
    JUNIOR_COLLEGE("大专", "Junior college"),
    BACHELOR("本科", "Bachelor's degree"),
    MASTER("硕士研究生", "Master's degree"),
    DOCTORATE("博士研究生", "Doctorate");

    private final String labelZh;
    private final String labelEn;

    Education(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

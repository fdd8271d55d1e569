package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Kinds of emergency duty (450 highway, 156 community, 1,000 compound, 2,000 testing). */
public enum DeploymentKind implements Labelled {
    HIGHWAY_CHECKPOINT("驻守高速公路", "Highway checkpoint"),
    COMMUNITY_EPIDEMIC_CONTROL("社区疫情防控", "Community epidemic control"),
    OPEN_COMPOUND_DUTY("开放式小区定点值守", "Fixed-point duty at open residential compounds"),
    MASS_TESTING("配合全员核酸检测", "Mass testing support"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    DeploymentKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

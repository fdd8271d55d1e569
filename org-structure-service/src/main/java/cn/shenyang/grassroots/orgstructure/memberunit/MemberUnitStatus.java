package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Whether a member unit still sits on the committee. */
public enum MemberUnitStatus implements Labelled {
    ACTIVE("在册", "Active"),
    LEFT("已退出", "Left");

    private final String labelZh;
    private final String labelEn;

    MemberUnitStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

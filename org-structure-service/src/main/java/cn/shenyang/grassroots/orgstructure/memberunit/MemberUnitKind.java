package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** What kind of unit stationed in the sub-district sits on its big working committee. */
public enum MemberUnitKind implements Labelled {
    PARTY_OR_GOVERNMENT_AGENCY("党政机关", "Party or government agency"),
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    STATE_OWNED_ENTERPRISE("国有企业", "State-owned enterprise"),
    PRIVATE_ENTERPRISE("非公企业", "Private enterprise"),
    SCHOOL("学校", "School"),
    HOSPITAL("医院", "Hospital"),
    SOCIAL_ORGANIZATION("社会组织", "Social organisation"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    MemberUnitKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}

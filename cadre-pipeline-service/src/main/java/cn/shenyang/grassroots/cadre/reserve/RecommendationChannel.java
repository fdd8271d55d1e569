package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The "three recommendations" (三荐). */
public enum RecommendationChannel implements Labelled {
    SELF("个人自荐", "Self-recommendation"),
    MASS("群众举荐", "Recommended by the masses"),
    PARTY_ORGANIZATION("党组织推荐", "Recommended by the Party organisation");

    private final String labelZh;
    private final String labelEn;

    RecommendationChannel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The village "two committees" (村"两委") a reserve cadre can be elected to. */
public enum Committee implements Labelled {
    VILLAGE_PARTY_COMMITTEE("村党组织委员会", "Village Party organisation committee"),
    VILLAGERS_COMMITTEE("村民委员会", "Villagers' committee");

    private final String labelZh;
    private final String labelEn;

    Committee(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Who held a heart-to-heart talk with a reserve cadre. */
public enum TalkerRole implements Labelled {
    TOWNSHIP_MENTOR("镇(街道)帮带干部", "Township mentor"),
    VILLAGE_MENTOR("村帮带干部", "Village mentor"),
    TOWNSHIP_SECRETARY("镇(街道)党(工)委书记", "Township Party secretary");

    private final String labelZh;
    private final String labelEn;

    TalkerRole(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

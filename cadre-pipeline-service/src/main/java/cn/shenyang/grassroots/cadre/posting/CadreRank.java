package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Civil-service rank, for comparing with same-rank department cadres. */
public enum CadreRank implements Labelled {
    STAFF("科员及以下", "Staff member"),
    DEPUTY_SECTION_CHIEF("副科级", "Deputy section chief"),
    SECTION_CHIEF("正科级", "Section chief"),
    DEPUTY_DIVISION_CHIEF("副处级", "Deputy division chief"),
    DIVISION_CHIEF("正处级", "Division chief");

    private final String labelZh;
    private final String labelEn;

    CadreRank(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

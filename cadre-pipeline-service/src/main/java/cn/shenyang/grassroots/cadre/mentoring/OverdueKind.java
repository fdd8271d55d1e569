package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Which talk rule an overdue item breaks. */
public enum OverdueKind implements Labelled {
    MENTOR_HALF_YEAR("帮带干部每半年至少谈心谈话1次", "A mentor talks with the cadre at least once per half-year"),
    SECRETARY_YEAR("镇(街道)党(工)委书记每年至少谈话1次", "The township Party secretary talks with every reserve cadre at least once a year");

    private final String labelZh;
    private final String labelEn;

    OverdueKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.coverage;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** What the programme promises and a coverage list shows missing. */
public enum CoverageGap implements Labelled {
    VILLAGES_WITHOUT_POOL_MEMBER("无后备干部的行政村", "Administrative villages with no reserve cadre in the pool"),
    WITHOUT_TOWNSHIP_MENTOR("无镇(街道)联系帮带干部", "Pool members without a current township mentor"),
    WITHOUT_VILLAGE_MENTOR("无村联系帮带干部", "Pool members without a current village mentor"),
    WITHOUT_TOWNSHIP_ROTATION("本年未参加镇(街道)全员轮训", "Pool members without township rotation training in the year"),
    WITHOUT_VILLAGE_DIRECTED("本年未参加村级定向培训", "Pool members without village directed training in the year");

    private final String labelZh;
    private final String labelEn;

    CoverageGap(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.publicity;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The "three publicities" (三公开). */
public enum NoticeKind implements Labelled {
    PROCEDURE("程序公开", "Procedure made public"),
    CANDIDATES("人选公开", "Candidates made public"),
    RESULTS("结果公开", "Results made public");

    private final String labelZh;
    private final String labelEn;

    NoticeKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

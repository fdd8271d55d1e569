package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Where an objection filed during a publicity window stands. */
public enum ObjectionStatus implements Labelled {
    OPEN("待核查", "Open, being checked"),
    UPHELD("反映属实", "Upheld: the objection was found true"),
    DISMISSED("反映不实", "Dismissed: the objection was found untrue");

    private final String labelZh;
    private final String labelEn;

    ObjectionStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

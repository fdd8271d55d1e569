package cn.shenyang.grassroots.cadre.mentoring;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Where a mentor comes from: the township's leadership or the village's "two committees". */
public enum MentorLevel implements Labelled {
    TOWNSHIP("镇(街道)联系帮带干部", "Township mentor"),
    VILLAGE("村\"两委\"联系帮带干部", "Village mentor");

    private final String labelZh;
    private final String labelEn;

    MentorLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

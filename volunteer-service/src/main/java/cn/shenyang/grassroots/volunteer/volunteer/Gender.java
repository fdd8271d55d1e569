package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

public enum Gender implements Labelled {
    MALE("男", "Male"),
    FEMALE("女", "Female");

    private final String labelZh;
    private final String labelEn;

    Gender(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

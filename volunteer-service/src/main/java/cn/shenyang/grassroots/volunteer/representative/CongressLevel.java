package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The level of the congress or committee a representative sits on. */
public enum CongressLevel implements Labelled {
    NATIONAL("全国", "National"),
    PROVINCIAL("省级", "Provincial"),
    CITY("市级", "City"),
    DISTRICT("区(县)级", "District or county"),
    TOWNSHIP("乡镇级", "Township");

    private final String labelZh;
    private final String labelEn;

    CongressLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Null when {@code body} has a level like this one; the CPPCC has no township committees. */
    public String refusalFor(RepresentativeBody body) {
        return body == RepresentativeBody.CPPCC && this == TOWNSHIP ? "the CPPCC has no TOWNSHIP-level committees" : null;
    }
}

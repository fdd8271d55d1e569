package cn.shenyang.grassroots.volunteer.meeting;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The three parties of "3+N" red property that meet and take decisions on. */
public enum TripartiteParty implements Labelled {
    COMMUNITY("社区", "Community"),
    PROPERTY_COMPANY("物业企业", "Property company"),
    OWNERS_COMMITTEE("业主委员会", "Owners' committee");

    private final String labelZh;
    private final String labelEn;

    TripartiteParty(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Negative-list findings of qualification screening; which of them disqualify is configured per year. */
public enum NegativeListItem implements Labelled {
    CRIMINAL_RECORD("受过刑事处罚", "Criminal record"),
    DISCIPLINARY_SANCTION("受党纪政务处分未满影响期", "Party or administrative sanction still in effect"),
    DISHONEST_DEBTOR("失信被执行人", "Listed dishonest judgment debtor"),
    ORGANIZED_CRIME("涉黑涉恶", "Involved in organised crime"),
    ILLEGAL_RELIGIOUS_ACTIVITY("参与非法宗教或邪教活动", "Illegal religious or cult activity"),
    ELECTION_BRIBERY("拉票贿选", "Vote buying or election bribery"),
    OTHER("其他不宜人选情形", "Other reason making the person unsuitable");

    private final String labelZh;
    private final String labelEn;

    NegativeListItem(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Rows of the service-hour ledger: an original record, the reversal of one, or the amended record that replaces one. */
public enum ServiceRecordKind implements Labelled {
    ORIGINAL("原始记录", "Original record"),
    REVERSAL("冲销", "Reversal (negates the record it corrects)"),
    AMENDMENT("更正", "Amendment (replaces the record it corrects)");

    private final String labelZh;
    private final String labelEn;

    ServiceRecordKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** Where a participant stands: signed up, checked in (with or without a sign-up), or withdrew before checking in. */
public enum ParticipationStatus implements Labelled {
    SIGNED_UP("已报名", "Signed up"),
    CHECKED_IN("已签到", "Checked in"),
    CANCELLED("已取消报名", "Sign-up cancelled");

    private final String labelZh;
    private final String labelEn;

    ParticipationStatus(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** How an opinion reached the representatives: 工作室, 信箱, 访谈会, 开放日. */
public enum OpinionChannel implements Labelled {
    STUDIO("工作室接待", "At the studio"),
    MAILBOX("代表信箱", "Mailbox"),
    INTERVIEW("访谈会", "Interview meeting"),
    OPEN_DAY("工作室开放日", "Open day");

    private final String labelZh;
    private final String labelEn;

    OpinionChannel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can be done to a rectification case. OPEN is creation itself. */
@Schema(name = "RectificationAction")
public enum RectificationAction implements Labelled {
    OPEN("列入整顿", "Open the case"),
    CLOSE_OUT("销号", "Close out: every problem resolved"),
    REOPEN("重新整顿", "Reopen (reason required)");

    private final String labelZh;
    private final String labelEn;

    RectificationAction(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

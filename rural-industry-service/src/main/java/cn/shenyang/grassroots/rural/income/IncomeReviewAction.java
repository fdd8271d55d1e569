package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What can be done to a village's collective-income return. REPORT is creation itself. */
@Schema(name = "IncomeReviewAction")
public enum IncomeReviewAction implements Labelled {
    REPORT("村级上报", "Report (create the return)"),
    REVIEW("乡镇审核", "Township review passed"),
    CONFIRM("县级确认", "Confirm (county level)"),
    RETURN("退回", "Return for correction (reason required)"),
    AMEND("修改重报", "Amend before confirmation (a new revision)"),
    CORRECT("确认后更正", "Correct a confirmed return (a new revision with its reason, reviewed again)");

    private final String labelZh;
    private final String labelEn;

    IncomeReviewAction(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Actions that bring new amounts, and so a new revision. */
    public boolean revises() {
        return this == AMEND || this == CORRECT;
    }
}

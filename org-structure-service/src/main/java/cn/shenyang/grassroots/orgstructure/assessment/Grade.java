package cn.shenyang.grassroots.orgstructure.assessment;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grade of an annual assessment: by the weighted total, unless the party-building indicator vetoes it. */
@Schema(name = "AssessmentGrade")
public enum Grade implements Labelled {
    EXCELLENT("优秀", "Excellent"),
    GOOD("良好", "Good"),
    PASS("合格", "Pass"),
    FAIL("不合格", "Fail");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    Grade(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}

package cn.shenyang.grassroots.orgstructure.assessment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The grade of an annual assessment: by the weighted total, unless the party-building indicator vetoes it. */
@Schema(name = "AssessmentGrade")
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}

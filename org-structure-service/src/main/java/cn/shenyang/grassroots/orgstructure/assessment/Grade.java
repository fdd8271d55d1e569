package cn.shenyang.grassroots.orgstructure.assessment;

/** The grade of an annual assessment: by the weighted total, unless the party-building indicator vetoes it. */
public enum Grade {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}

package cn.shenyang.grassroots.orgstructure.memberunit;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The committee's evaluation vote on a member unit's year, or the unit's vote on the committee
 * (two-way evaluation): the result is the grade with the most votes; a tie goes to the lower grade.
 */
@Schema(name = "MemberUnitEvaluation")
public enum Evaluation implements Labelled {
    EXCELLENT("优秀", "Excellent"),
    COMPETENT("称职", "Competent"),
    BASIC("基本称职", "Basically competent"),
    INCOMPETENT("不称职", "Incompetent");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    Evaluation(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Schema(name = "EvaluationDirection")
    public enum Direction { COMMITTEE_RATES_UNIT, UNIT_RATES_COMMITTEE }

    /** The result of a tally; null when no vote was cast. */
    public static Evaluation of(int excellent, int competent, int basic, int incompetent) {
        int[] votes = {excellent, competent, basic, incompetent};
        int best = -1;
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] > 0 && (best < 0 || votes[i] >= votes[best])) {
                best = i;
            }
        }
        return best < 0 ? null : values()[best];
    }
}

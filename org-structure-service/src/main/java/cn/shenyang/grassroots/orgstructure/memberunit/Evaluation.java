package cn.shenyang.grassroots.orgstructure.memberunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The committee's evaluation vote on a member unit's year, or the unit's vote on the committee
 * (two-way evaluation): the result is the grade with the most votes; a tie goes to the lower grade.
 */
@Schema(name = "MemberUnitEvaluation")
public enum Evaluation {
    EXCELLENT,
    COMPETENT,
    BASIC,
    INCOMPETENT;

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

package cn.shenyang.grassroots.orgstructure.memberunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EvaluationTest {
    @Test
    void theGradeWithTheMostVotesWinsAndATieGoesToTheLowerGrade() {
        assertEquals(Evaluation.EXCELLENT, Evaluation.of(12, 3, 0, 0));
        assertEquals(Evaluation.COMPETENT, Evaluation.of(5, 6, 5, 0));
        assertEquals(Evaluation.COMPETENT, Evaluation.of(7, 7, 1, 0));
        assertEquals(Evaluation.INCOMPETENT, Evaluation.of(0, 0, 4, 4));
        assertEquals(Evaluation.BASIC, Evaluation.of(0, 0, 1, 0));
        assertNull(Evaluation.of(0, 0, 0, 0));
    }
}

package cn.shenyang.grassroots.volunteer.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpStatusTest {
    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "OPEN, OPEN, false", "OPEN, IN_PROGRESS, true", "OPEN, DONE, true", "OPEN, DROPPED, true",
            "IN_PROGRESS, OPEN, false", "IN_PROGRESS, IN_PROGRESS, false", "IN_PROGRESS, DONE, true", "IN_PROGRESS, DROPPED, true",
            "DONE, OPEN, false", "DONE, IN_PROGRESS, false", "DONE, DONE, false", "DONE, DROPPED, false",
            "DROPPED, OPEN, false", "DROPPED, IN_PROGRESS, false", "DROPPED, DONE, false", "DROPPED, DROPPED, false"})
    void everyMoveOfTheTable(FollowUpStatus from, FollowUpStatus to, boolean allowed) {
        if (allowed) {
            assertNull(from.refusal(to));
        } else {
            assertEquals(from.isFinal() ? "a decision that is " + from + " cannot become " + to + " (" + from + " is final)"
                    : "a decision that is " + from + " cannot become " + to + "; it can become "
                            + (from == FollowUpStatus.OPEN ? "IN_PROGRESS, DONE, DROPPED" : "DONE, DROPPED"), from.refusal(to));
        }
        assertEquals(from == FollowUpStatus.DONE || from == FollowUpStatus.DROPPED, from.isFinal());
    }
}

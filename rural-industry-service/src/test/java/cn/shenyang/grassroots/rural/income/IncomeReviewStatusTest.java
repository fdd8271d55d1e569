package cn.shenyang.grassroots.rural.income;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Reach;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The review table, every status against every action and every role, against the table written out here. */
class IncomeReviewStatusTest {
    private record Expected(IncomeReviewStatus to, Reach reach) {}

    /** The review as issue 13 describes it, written independently of {@link IncomeReviewStatus#TRANSITIONS}. */
    private static final Map<String, Expected> EXPECTED = new HashMap<>();

    static {
        expect(IncomeReviewStatus.REPORTED, IncomeReviewAction.REVIEW, IncomeReviewStatus.TOWNSHIP_REVIEWED, Reach.PARENT);
        expect(IncomeReviewStatus.REPORTED, IncomeReviewAction.RETURN, IncomeReviewStatus.RETURNED, Reach.PARENT);
        expect(IncomeReviewStatus.REPORTED, IncomeReviewAction.AMEND, IncomeReviewStatus.REPORTED, Reach.UNIT);
        expect(IncomeReviewStatus.TOWNSHIP_REVIEWED, IncomeReviewAction.CONFIRM, IncomeReviewStatus.CONFIRMED,
                Reach.GRANDPARENT);
        expect(IncomeReviewStatus.TOWNSHIP_REVIEWED, IncomeReviewAction.RETURN, IncomeReviewStatus.RETURNED,
                Reach.GRANDPARENT);
        expect(IncomeReviewStatus.RETURNED, IncomeReviewAction.AMEND, IncomeReviewStatus.REPORTED, Reach.UNIT);
        expect(IncomeReviewStatus.CONFIRMED, IncomeReviewAction.CORRECT, IncomeReviewStatus.REPORTED, Reach.UNIT);
    }

    private static void expect(IncomeReviewStatus from, IncomeReviewAction action, IncomeReviewStatus to, Reach reach) {
        EXPECTED.put(from + "/" + action, new Expected(to, reach));
    }

    @Test
    void everyStatusAndActionIsAllowedExactlyAsExpected() {
        int allowed = 0;
        for (IncomeReviewStatus from : IncomeReviewStatus.values()) {
            for (IncomeReviewAction action : IncomeReviewAction.values()) {
                Expected expected = EXPECTED.get(from + "/" + action);
                for (String role : Set.of(Roles.ADMIN, Roles.ORG_MANAGER)) {
                    String refusal = from.refusal(action, Set.of(role));
                    if (expected == null) {
                        assertNotNull(refusal, from + " " + action + " must be refused");
                        assertTrue(from.transition(action).isEmpty());
                    } else {
                        assertNull(refusal, from + " " + action + " must be allowed for " + role);
                        assertEquals(expected.to(), from.transition(action).orElseThrow().to());
                        assertEquals(expected.reach(), from.transition(action).orElseThrow().reach());
                    }
                }
                for (String role : Set.of(Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON)) {
                    assertNotNull(from.refusal(action, Set.of(role)), role + " may not " + action);
                }
                if (expected != null) {
                    allowed++;
                }
            }
        }
        assertEquals(EXPECTED.size(), allowed);
    }

    @Test
    void refusalsSayWhatIsAllowedInstead() {
        String amendConfirmed = IncomeReviewStatus.CONFIRMED.refusal(IncomeReviewAction.AMEND, Set.of(Roles.ADMIN));
        assertTrue(amendConfirmed.contains("only by CORRECT"), amendConfirmed);
        assertTrue(amendConfirmed.endsWith("allowed here: CORRECT"), amendConfirmed);
        assertTrue(IncomeReviewStatus.REPORTED.refusal(IncomeReviewAction.REPORT, Set.of(Roles.ADMIN))
                .startsWith("REPORT creates a return"));
        assertTrue(IncomeReviewStatus.REPORTED.refusal(IncomeReviewAction.REVIEW, Set.of(Roles.VIEWER))
                .contains("ADMIN, ORG_MANAGER"));
    }

    @Test
    void everyStatusHasAWayOnAndOnlyRevisingActionsChangeAmounts() {
        for (IncomeReviewStatus s : IncomeReviewStatus.values()) {
            assertTrue(!s.transitions().isEmpty(), s + " must offer an action: a confirmed return can still be corrected");
        }
        assertEquals(Set.of(IncomeReviewAction.AMEND, IncomeReviewAction.CORRECT),
                java.util.Arrays.stream(IncomeReviewAction.values()).filter(IncomeReviewAction::revises)
                        .collect(java.util.stream.Collectors.toSet()));
    }
}

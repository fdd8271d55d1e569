package cn.shenyang.grassroots.rural.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.rural.support.Reach;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A case's table, every status against every action and role, against the table written out here. */
class RectificationStatusTest {
    /** Closing out (销号) and reopening, both from the county level, written independently of the enum's table. */
    private static final Map<String, RectificationStatus> EXPECTED = Map.of(
            "RECTIFYING/CLOSE_OUT", RectificationStatus.CLOSED_OUT,
            "CLOSED_OUT/REOPEN", RectificationStatus.RECTIFYING);

    @Test
    void everyStatusAndActionIsAllowedExactlyAsExpected() {
        int allowed = 0;
        for (RectificationStatus from : RectificationStatus.values()) {
            for (RectificationAction action : RectificationAction.values()) {
                RectificationStatus expected = EXPECTED.get(from + "/" + action);
                for (String role : Set.of(Roles.ADMIN, Roles.ORG_MANAGER)) {
                    String refusal = from.refusal(action, Set.of(role));
                    if (expected == null) {
                        assertNotNull(refusal, from + " " + action + " must be refused");
                        assertTrue(from.transition(action).isEmpty());
                    } else {
                        assertNull(refusal, from + " " + action + " must be allowed for " + role);
                        assertEquals(expected, from.transition(action).orElseThrow().to());
                        assertEquals(Reach.GRANDPARENT, from.transition(action).orElseThrow().reach());
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
        assertEquals("CLOSE_OUT is not allowed for a case in status CLOSED_OUT; allowed here: REOPEN",
                RectificationStatus.CLOSED_OUT.refusal(RectificationAction.CLOSE_OUT, Set.of(Roles.ADMIN)));
        assertTrue(RectificationStatus.RECTIFYING.refusal(RectificationAction.OPEN, Set.of(Roles.ADMIN))
                .startsWith("OPEN creates a case"));
    }
}

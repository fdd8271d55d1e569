package cn.shenyang.grassroots.rural.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A claim's table, every status against every action and role, against the table written out here. */
class PostClaimStatusTest {
    /** A claimed post is evaluated or released, once; both are final. Written independently of the enum's table. */
    private static final Map<String, PostClaimStatus> EXPECTED = Map.of(
            "CLAIMED/EVALUATE", PostClaimStatus.EVALUATED,
            "CLAIMED/RELEASE", PostClaimStatus.RELEASED);

    @Test
    void everyStatusAndActionIsAllowedExactlyAsExpected() {
        int allowed = 0;
        for (PostClaimStatus from : PostClaimStatus.values()) {
            for (PostClaimAction action : PostClaimAction.values()) {
                PostClaimStatus expected = EXPECTED.get(from + "/" + action);
                for (String role : Set.of(Roles.ADMIN, Roles.ORG_MANAGER)) {
                    String refusal = from.refusal(action, Set.of(role));
                    if (expected == null) {
                        assertNotNull(refusal, from + " " + action + " must be refused");
                        assertTrue(from.transition(action).isEmpty());
                    } else {
                        assertNull(refusal, from + " " + action + " must be allowed for " + role);
                        assertEquals(expected, from.transition(action).orElseThrow().to());
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
    void aFinalStatusSaysNothingMoreCanBeDone() {
        assertEquals("RELEASE is not allowed for a claim in status EVALUATED (a final status: nothing more can be done)",
                PostClaimStatus.EVALUATED.refusal(PostClaimAction.RELEASE, Set.of(Roles.ADMIN)));
        assertTrue(PostClaimStatus.CLAIMED.refusal(PostClaimAction.CLAIM, Set.of(Roles.ADMIN)).startsWith("CLAIM creates"));
    }
}

package cn.shenyang.grassroots.volunteer.opinion;

import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.ASSIGNED;
import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.CONVERTED_TO_PROPOSAL;
import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.COORDINATING;
import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.DECLINED;
import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.RECEIVED;
import static cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.opinion.OpinionStatus.Action;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The opinion workflow against a table written out separately from the one in OpinionStatus, every cell. */
class OpinionStatusTest {
    private static final Map<String, OpinionStatus> EXPECTED = new HashMap<>();

    static {
        allow(RECEIVED, Action.ASSIGN, ASSIGNED);
        allow(RECEIVED, Action.DECLINE, DECLINED);
        allow(ASSIGNED, Action.ASSIGN, ASSIGNED);
        allow(ASSIGNED, Action.COORDINATE, COORDINATING);
        allow(ASSIGNED, Action.RESOLVE, RESOLVED);
        allow(ASSIGNED, Action.CONVERT_TO_PROPOSAL, CONVERTED_TO_PROPOSAL);
        allow(ASSIGNED, Action.DECLINE, DECLINED);
        allow(COORDINATING, Action.RESOLVE, RESOLVED);
        allow(COORDINATING, Action.CONVERT_TO_PROPOSAL, CONVERTED_TO_PROPOSAL);
        allow(COORDINATING, Action.DECLINE, DECLINED);
        allow(RESOLVED, Action.REPLY, RESOLVED);
        allow(CONVERTED_TO_PROPOSAL, Action.REPLY, CONVERTED_TO_PROPOSAL);
        allow(DECLINED, Action.REPLY, DECLINED);
    }

    private static void allow(OpinionStatus from, Action action, OpinionStatus to) {
        EXPECTED.put(from + "/" + action, to);
    }

    @Test
    void everyCellOfTheTableIsAsExpected() {
        for (OpinionStatus s : OpinionStatus.values()) {
            for (Action a : Action.values()) {
                OpinionStatus expected = EXPECTED.get(s + "/" + a);
                assertEquals(expected, s.transition(a).map(OpinionStatus.Transition::to).orElse(null), s + " " + a);
                String refusal = s.refusal(a, Set.of(Roles.ORG_MANAGER));
                if (expected == null) {
                    assertTrue(refusal.startsWith(a + " is not allowed for an opinion that is " + s), refusal);
                } else {
                    assertNull(refusal);
                }
            }
        }
    }

    @Test
    void refusalsSayWhatIsPossibleInstead() {
        assertEquals("RESOLVE is not allowed for an opinion that is RECEIVED; allowed here: ASSIGN, DECLINE",
                RECEIVED.refusal(Action.RESOLVE, Set.of(Roles.ADMIN)));
        assertEquals("ASSIGN is not allowed for an opinion that is RESOLVED; allowed here: REPLY",
                RESOLVED.refusal(Action.ASSIGN, Set.of(Roles.ADMIN)));
        assertEquals("ASSIGN needs one of the roles [ADMIN, ORG_MANAGER]", RECEIVED.refusal(Action.ASSIGN, Set.of(Roles.VIEWER)));
    }

    @Test
    void closedOpinionsAreExactlyThoseThatOnlyTakeAReply() {
        for (OpinionStatus s : OpinionStatus.values()) {
            assertEquals(s.isClosed(), s.transitions().keySet().equals(Set.of(Action.REPLY)), s.toString());
            // every status other than a closed one has a way to a closed one
            assertTrue(s.isClosed() || s.transitions().values().stream().anyMatch(t -> t.to().isClosed()
                    || t.to().transitions().values().stream().anyMatch(u -> u.to().isClosed())), s.toString());
        }
    }
}

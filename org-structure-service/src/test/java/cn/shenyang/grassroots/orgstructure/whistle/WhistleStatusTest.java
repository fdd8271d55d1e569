package cn.shenyang.grassroots.orgstructure.whistle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.whistle.WhistleStatus.Action;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStatus.Party;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whistle workflow table against the expected table written out here, every status × action × party. */
class WhistleStatusTest {
    /** status → action → (to, party); everything not listed is refused. */
    private static final Map<WhistleStatus, Map<Action, Object[]>> EXPECTED = Map.of(
            WhistleStatus.RAISED, Map.of(Action.DISPATCH, new Object[] {WhistleStatus.DISPATCHED, Party.SUBDISTRICT}),
            WhistleStatus.DISPATCHED, Map.of(
                    Action.CHECK_IN, new Object[] {WhistleStatus.IN_PROGRESS, Party.DEPARTMENT},
                    Action.RETURN, new Object[] {WhistleStatus.RETURNED, Party.LEAD_DEPARTMENT}),
            WhistleStatus.IN_PROGRESS, Map.of(
                    Action.CHECK_IN, new Object[] {WhistleStatus.IN_PROGRESS, Party.DEPARTMENT},
                    Action.RECORD_PROGRESS, new Object[] {WhistleStatus.IN_PROGRESS, Party.DEPARTMENT},
                    Action.REPORT_RESULT, new Object[] {WhistleStatus.RESOLVED, Party.LEAD_DEPARTMENT},
                    Action.RETURN, new Object[] {WhistleStatus.RETURNED, Party.LEAD_DEPARTMENT}),
            WhistleStatus.RESOLVED, Map.of(Action.CONFIRM, new Object[] {WhistleStatus.CLOSED, Party.COMMUNITY}),
            WhistleStatus.CLOSED, Map.of(),
            WhistleStatus.RETURNED, Map.of(Action.REDISPATCH, new Object[] {WhistleStatus.DISPATCHED, Party.SUBDISTRICT}));

    @Test
    void everyStatusActionAndPartyIsAllowedExactlyAsExpected() {
        for (WhistleStatus status : WhistleStatus.values()) {
            for (Action action : Action.values()) {
                Object[] expected = EXPECTED.get(status).get(action);
                for (Party party : Party.values()) {
                    Set<Party> parties = party == Party.LEAD_DEPARTMENT
                            ? EnumSet.of(Party.DEPARTMENT, Party.LEAD_DEPARTMENT) : EnumSet.of(party);
                    String refusal = status.refusal(action, parties);
                    boolean allowed = expected != null && parties.contains((Party) expected[1]);
                    assertEquals(allowed, refusal == null, status + " " + action + " as " + party + ": " + refusal);
                }
                if (expected != null) {
                    assertEquals(expected[0], status.transition(action).orElseThrow().to(), status + " " + action);
                } else {
                    assertTrue(status.transition(action).isEmpty());
                }
            }
        }
    }

    @Test
    void refusalsSayWhatIsAllowedInsteadOrWhoMayAct() {
        assertEquals("CONFIRM is not allowed for a whistle in status DISPATCHED; allowed here: CHECK_IN, RETURN",
                WhistleStatus.DISPATCHED.refusal(Action.CONFIRM, EnumSet.allOf(Party.class)));
        assertEquals("CHECK_IN is not allowed for a whistle in status CLOSED (it is closed: nothing more can be done)",
                WhistleStatus.CLOSED.refusal(Action.CHECK_IN, EnumSet.allOf(Party.class)));
        assertEquals("RETURN in status IN_PROGRESS is for the lead department, which you are not",
                WhistleStatus.IN_PROGRESS.refusal(Action.RETURN, EnumSet.of(Party.DEPARTMENT, Party.COMMUNITY)));
        assertNull(WhistleStatus.RETURNED.refusal(Action.REDISPATCH, EnumSet.of(Party.SUBDISTRICT)));
    }
}

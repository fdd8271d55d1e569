package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.cadre.reserve.Stage.Action;
import cn.shenyang.grassroots.platform.security.Roles;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow table, every stage against every action and every role, against the expected table written out here. */
class StageTest {

    /** The workflow as the issue describes it, written independently of {@link Stage#TRANSITIONS}. */
    private static final Map<String, Stage> EXPECTED = new HashMap<>();

    static {
        expect(Stage.RECOMMENDED, Action.QUALIFY, Stage.QUALIFIED);
        expect(Stage.QUALIFIED, Action.NOMINATE, Stage.NOMINATED);
        expect(Stage.NOMINATED, Action.INSPECT, Stage.INSPECTED);
        expect(Stage.INSPECTED, Action.PUBLICIZE, Stage.PUBLICIZED);
        expect(Stage.PUBLICIZED, Action.ADMIT, Stage.IN_RESERVE);
        for (Stage s : new Stage[] {Stage.RECOMMENDED, Stage.QUALIFIED, Stage.NOMINATED, Stage.INSPECTED,
                Stage.PUBLICIZED}) {
            expect(s, Action.REJECT, Stage.REJECTED);
            expect(s, Action.WITHDRAW, Stage.WITHDRAWN);
        }
        expect(Stage.IN_RESERVE, Action.REMOVE, Stage.REMOVED);
        expect(Stage.IN_RESERVE, Action.ELECT, Stage.ELECTED);
    }

    private static void expect(Stage from, Action action, Stage to) {
        EXPECTED.put(from + "/" + action, to);
    }

    @Test
    void everyStageAndActionIsAllowedExactlyAsExpected() {
        int allowed = 0;
        int refused = 0;
        for (Stage from : Stage.values()) {
            for (Action action : Action.values()) {
                Stage expectedTo = EXPECTED.get(from + "/" + action);
                for (String role : Set.of(Roles.ADMIN, Roles.ORG_MANAGER)) {
                    String refusal = from.refusal(action, Set.of(role));
                    if (expectedTo == null) {
                        assertNotNull(refusal, from + " " + action + " must be refused");
                        assertTrue(from.transition(action).isEmpty());
                    } else {
                        assertNull(refusal, from + " " + action + " must be allowed for " + role);
                        assertEquals(expectedTo, from.transition(action).orElseThrow().to());
                    }
                }
                if (expectedTo == null) {
                    refused++;
                } else {
                    allowed++;
                }
            }
        }
        assertEquals(17, allowed, "5 forward steps, REJECT and WITHDRAW from 5 stages, REMOVE and ELECT");
        assertEquals(Stage.values().length * Action.values().length - 17, refused);
        assertEquals(EXPECTED.size(), Stage.TRANSITIONS.values().stream().mapToInt(Map::size).sum(),
                "the table holds nothing beyond what is expected");
    }

    @Test
    void readOnlyRolesMayPerformNothing() {
        for (Stage from : Stage.values()) {
            for (Action action : Action.values()) {
                for (String role : Set.of(Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON)) {
                    assertNotNull(from.refusal(action, Set.of(role)), role + " " + from + " " + action);
                }
            }
        }
        assertEquals("ADMIT needs one of the roles [ADMIN, ORG_MANAGER]",
                Stage.PUBLICIZED.refusal(Action.ADMIT, Set.of(Roles.VIEWER)));
    }

    @Test
    void refusalsSayWhyAndWhatIsAllowedInstead() {
        assertEquals("ADMIT is not allowed for a cadre in stage RECOMMENDED; allowed here: QUALIFY, REJECT, WITHDRAW",
                Stage.RECOMMENDED.refusal(Action.ADMIT, Set.of(Roles.ADMIN)));
        assertEquals("QUALIFY is not allowed for a cadre in stage REJECTED (a final stage: nothing more can be done)",
                Stage.REJECTED.refusal(Action.QUALIFY, Set.of(Roles.ADMIN)));
        assertTrue(Stage.IN_RESERVE.refusal(Action.RECOMMEND, Set.of(Roles.ADMIN)).startsWith("RECOMMEND creates"));
    }

    @Test
    void exitsAreFinalAndEveryOtherStageHasAWayOut() {
        Set<Stage> exits = Set.of(Stage.REJECTED, Stage.WITHDRAWN, Stage.REMOVED, Stage.ELECTED);
        assertEquals(exits, Stage.EXITS);
        assertEquals(Set.of(Stage.REMOVED, Stage.ELECTED), Stage.POOL_EXITS);
        for (Stage s : Stage.values()) {
            if (exits.contains(s)) {
                assertTrue(s.isFinal(), s + " is final");
                assertTrue(s.transitions().isEmpty(), s + " offers nothing");
            } else {
                assertFalse(s.isFinal(), s + " is not final");
                assertTrue(s.transitions().values().stream().anyMatch(t -> exits.contains(t.to())),
                        s + " has a direct way out into an exit");
            }
        }
    }
}

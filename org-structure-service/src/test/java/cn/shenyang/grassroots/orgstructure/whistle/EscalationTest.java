package cn.shenyang.grassroots.orgstructure.whistle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The deadlines' edges: a deadline's own second is in time; as long again past it reaches the district. */
class EscalationTest {
    private static final OffsetDateTime DISPATCHED = OffsetDateTime.parse("2025-01-01T00:00:00Z");
    private static final OffsetDateTime CHECK_IN = DISPATCHED.plusHours(24);
    private static final OffsetDateTime RESOLVE = DISPATCHED.plusDays(7);

    private static Escalation at(WhistleStatus status, OffsetDateTime now) {
        return Escalation.due(status, DISPATCHED, CHECK_IN, RESOLVE, now);
    }

    @Test
    void checkInDeadline() {
        assertEquals(Escalation.NONE, at(WhistleStatus.DISPATCHED, CHECK_IN));
        assertEquals(Escalation.SUBDISTRICT, at(WhistleStatus.DISPATCHED, CHECK_IN.plusSeconds(1)));
        assertEquals(Escalation.SUBDISTRICT, at(WhistleStatus.DISPATCHED, CHECK_IN.plusHours(24)));
        assertEquals(Escalation.DISTRICT, at(WhistleStatus.DISPATCHED, CHECK_IN.plusHours(24).plusSeconds(1)));
        // once the lead checked in, only the resolution deadline counts
        assertEquals(Escalation.NONE, at(WhistleStatus.IN_PROGRESS, CHECK_IN.plusHours(30)));
    }

    @Test
    void resolutionDeadline() {
        assertEquals(Escalation.NONE, at(WhistleStatus.IN_PROGRESS, RESOLVE));
        assertEquals(Escalation.SUBDISTRICT, at(WhistleStatus.IN_PROGRESS, RESOLVE.plusSeconds(1)));
        assertEquals(Escalation.SUBDISTRICT, at(WhistleStatus.IN_PROGRESS, RESOLVE.plusDays(7)));
        assertEquals(Escalation.DISTRICT, at(WhistleStatus.IN_PROGRESS, RESOLVE.plusDays(7).plusSeconds(1)));
    }

    @Test
    void onlyOpenWhistlesEscalate() {
        for (WhistleStatus s : new WhistleStatus[] {WhistleStatus.RAISED, WhistleStatus.RESOLVED, WhistleStatus.CLOSED,
                WhistleStatus.RETURNED}) {
            assertEquals(Escalation.NONE, at(s, RESOLVE.plusDays(100)), s.name());
        }
    }
}

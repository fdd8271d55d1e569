package cn.shenyang.grassroots.cadre.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The road into the Party, one step at a time. */
class PartyStatusTest {
    @Test
    void eachStatusHasTheNextStepAndMembershipIsTheLast() {
        assertEquals(Optional.of(PartyStatus.ACTIVIST), PartyStatus.NONE.next());
        assertEquals(Optional.of(PartyStatus.PROBATIONARY), PartyStatus.ACTIVIST.next());
        assertEquals(Optional.of(PartyStatus.MEMBER), PartyStatus.PROBATIONARY.next());
        assertEquals(Optional.empty(), PartyStatus.MEMBER.next());
    }
}

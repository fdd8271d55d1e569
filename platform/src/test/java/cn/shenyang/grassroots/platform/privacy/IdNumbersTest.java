package cn.shenyang.grassroots.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdNumbersTest {
    @Test
    void checkCharacterFollowsGb11643() {
        // the standard's own example
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertTrue(IdNumbers.isValid("11010519491231002X"));
        assertFalse(IdNumbers.isValid("110105194912310021"));
        assertFalse(IdNumbers.isValid("11010519491231002x"));
        assertFalse(IdNumbers.isValid("1101051949123100"));
    }
}

package cn.shenyang.grassroots.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class VersionsTest {
    @Test
    void theEtagIsTheQuotedVersion() {
        assertEquals("\"0\"", Versions.etag(0));
        assertEquals("\"42\"", Versions.etag(42));
    }

    @Test
    void ifMatchMustNameTheCurrentVersion() {
        assertDoesNotThrow(() -> Versions.requireMatch("\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("W/\"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("\"1\", \"3\"", 3));
        assertDoesNotThrow(() -> Versions.requireMatch("*", 3));
        assertEquals(412, assertThrows(ProblemException.class, () -> Versions.requireMatch("\"2\"", 3)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Versions.requireMatch("3", 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch(null, 3)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Versions.requireMatch("  ", 3)).status());
    }
}

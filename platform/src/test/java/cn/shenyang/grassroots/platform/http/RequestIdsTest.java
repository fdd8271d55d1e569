package cn.shenyang.grassroots.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void aShortPrintableIdIsKept() {
        assertEquals("trace-42", RequestIds.acceptedOrNew("trace-42"));
        assertEquals("gw:1.2_3", RequestIds.acceptedOrNew("gw:1.2_3"));
    }

    @Test
    void aMissingOrUnsafeIdIsReplacedByARandomVersion4Uuid() {
        Set<String> made = new HashSet<>();
        for (String given : new String[] {null, "", "a b", "<script>", "x".repeat(101), "line\nforged"}) {
            String id = RequestIds.acceptedOrNew(given);
            assertNotEquals(given, id);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
            assertEquals(id, uuid.toString());
            made.add(id);
        }
        assertEquals(6, made.size(), "every new id is different");
    }
}

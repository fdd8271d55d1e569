package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Division codes to ints, as a map of strings would hold them. */
class FileCodesTest {
    @Test
    void holdsEachCodeOnceAndTellsCodesThatDifferOnlyInLeadingZerosApart() {
        FileCodes codes = new FileCodes(2);
        assertEquals(FileCodes.ABSENT, codes.putIfAbsent("21", 1));
        assertEquals(1, codes.putIfAbsent("21", 2), "held: the first value stays");
        assertEquals(1, codes.get("21"));
        assertEquals(FileCodes.ABSENT, codes.putIfAbsent("021", 3));
        assertEquals(FileCodes.ABSENT, codes.putIfAbsent("0021", 4));
        assertEquals(3, codes.get("021"));
        assertEquals(4, codes.get("0021"));
        codes.put("21", -1);
        assertEquals(-1, codes.get("21"));
        assertEquals(FileCodes.ABSENT, codes.get("210"));
        assertEquals(FileCodes.ABSENT, codes.get("999999999999"));
    }

    @Test
    void textThatIsNotACodeIsNeverHeld() {
        FileCodes codes = new FileCodes(4);
        for (String notACode : new String[] {"", "2", "2a", "21 ", "1234567890123", "-1", "２１"}) {
            assertEquals(FileCodes.ABSENT, codes.get(notACode), notACode);
            assertThrows(IllegalArgumentException.class, () -> codes.put(notACode, 1), notACode);
        }
    }

    @Test
    void growsPastItsExpectedSizeAndAgreesWithAMap() {
        FileCodes codes = new FileCodes(16);
        Map<String, Integer> expected = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            int length = 2 + random.nextInt(11);
            StringBuilder code = new StringBuilder();
            for (int d = 0; d < length; d++) {
                code.append((char) ('0' + random.nextInt(random.nextBoolean() ? 2 : 10)));
            }
            Integer before = expected.putIfAbsent(code.toString(), i);
            assertEquals(before == null ? FileCodes.ABSENT : before, codes.putIfAbsent(code.toString(), i));
        }
        expected.forEach((code, value) -> assertEquals(value, codes.get(code)));
    }
}

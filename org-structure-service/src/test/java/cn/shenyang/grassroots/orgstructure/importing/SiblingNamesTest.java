package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A name is taken once under each parent, compared in full, as a set of (parent, name) keys would. */
class SiblingNamesTest {
    private static final UUID A = UUID.fromString("01890a5d-ac96-774b-b9aa-123456789abc");
    private static final UUID B = UUID.fromString("01890a5d-ac96-774b-b9aa-123456789abd");

    @Test
    void aNameIsTakenOnceUnderEachParent() {
        SiblingNames names = new SiblingNames(1);
        assertTrue(names.add(A, "育林社区"));
        assertFalse(names.add(A, "育林社区"));
        assertTrue(names.add(B, "育林社区"), "another parent");
        assertTrue(names.add(A, "育林社"), "a prefix is another name");
        assertTrue(names.add(A, "育林社区 "));
        assertTrue(names.add(A, ""));
        assertFalse(names.add(A, ""));
        assertTrue(names.add(A, "𠀀" + "x".repeat(70_000)), "a name longer than a char's range");
        assertFalse(names.add(A, "𠀀" + "x".repeat(70_000)));
        assertTrue(names.add(A, "𠀀" + "x".repeat(70_000 - 65_536)), "its length modulo a char");
    }

    @Test
    void growsPastItsExpectedSizeAndAgreesWithASet() {
        SiblingNames names = new SiblingNames(16);
        Set<List<Object>> expected = new HashSet<>();
        Random random = new Random(11);
        UUID[] parents = new UUID[50];
        for (int i = 0; i < parents.length; i++) {
            parents[i] = new UUID(random.nextLong(), random.nextLong());
        }
        for (int i = 0; i < 200_000; i++) {
            UUID parent = parents[random.nextInt(parents.length)];
            String name = "村" + random.nextInt(3_000);
            assertEquals(expected.add(List.of(parent, name)), names.add(parent, name), parent + " " + name);
        }
    }
}

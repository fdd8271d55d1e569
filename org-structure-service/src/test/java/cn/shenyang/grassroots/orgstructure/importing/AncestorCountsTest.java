package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What new units add to their ancestors' roll-ups, worked out from their parents' paths. */
class AncestorCountsTest {
    private static NewUnit unit(String parentPath, long nodeNo, Level level) {
        return new NewUnit(UUID.randomUUID(), nodeNo, null, parentPath, "u" + nodeNo, level, null, null, null, null);
    }

    @Test
    void eachUnitCountsOnceForEveryAncestorAndNotForItself() {
        List<NewUnit> units = List.of(
                unit(null, 1, Level.PROVINCE),
                unit("1", 20, Level.CITY),
                unit("1.20", 300, Level.DISTRICT),
                unit("1.20.300", 4000, Level.SUBDISTRICT),
                unit("1.20.300.4000", 50000, Level.COMMUNITY),
                unit("1.20.300.4000", 50001, Level.COMMUNITY),
                unit("1.20.300.4000", 50002, Level.VILLAGE));
        AncestorCounts ancestors = new AncestorCounts(1); // fewer than come: it grows
        units.forEach(ancestors::add);
        TreeMap<String, Integer> counts = new TreeMap<>();
        ancestors.delta().forEach((node, level, active, dissolved) -> {
            assertEquals(0, dissolved);
            counts.put(node + " " + level, active);
        });
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("1 CITY", 1), Map.entry("1 DISTRICT", 1),
                Map.entry("1 SUBDISTRICT", 1), Map.entry("1 COMMUNITY", 2),
                Map.entry("1 VILLAGE", 1),
                Map.entry("20 DISTRICT", 1), Map.entry("20 SUBDISTRICT", 1),
                Map.entry("20 COMMUNITY", 2), Map.entry("20 VILLAGE", 1),
                Map.entry("300 SUBDISTRICT", 1), Map.entry("300 COMMUNITY", 2),
                Map.entry("300 VILLAGE", 1),
                Map.entry("4000 COMMUNITY", 2), Map.entry("4000 VILLAGE", 1))), counts);
        assertEquals("1.20.300.4000.50002", units.get(6).path());
        assertEquals("1", units.get(0).path());
    }
}

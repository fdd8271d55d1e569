package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one change of the tree does to the roll-ups (table {@code org_unit_rollup}): for each
 * ancestor, by node number and level, how many more active and dissolved descendants it has.
 * Ancestors are the labels of a unit's path but the last, so no lookup is needed to find them.
 */
public final class RollupDelta {
    private record Key(long nodeNo, Level level) {}

    private final Map<Key, int[]> counts = new LinkedHashMap<>();

    public static RollupDelta none() {
        return new RollupDelta();
    }

    public static RollupDelta created(String path, Level level) {
        return new RollupDelta().add(path, level, 1, 0);
    }

    public static RollupDelta dissolved(String path, Level level) {
        return new RollupDelta().add(path, level, -1, 1);
    }

    public static RollupDelta reclassified(String path, Level from, Level to, OrgUnitStatus status) {
        boolean active = status == OrgUnitStatus.ACTIVE;
        return new RollupDelta().add(path, from, active ? -1 : 0, active ? 0 : -1).add(path, to, active ? 1 : 0, active ? 0 : 1);
    }

    /** A subtree whose root moved from {@code from} to {@code to}; {@code subtree} counts the root too. */
    public static RollupDelta moved(String from, String to, Map<Level, int[]> subtree) {
        RollupDelta delta = new RollupDelta();
        subtree.forEach((level, n) -> delta.add(from, level, -n[0], -n[1]).add(to, level, n[0], n[1]));
        return delta;
    }

    /** Counts for one ancestor, by its node number. */
    public RollupDelta add(long nodeNo, Level level, int active, int dissolved) {
        int[] n = counts.computeIfAbsent(new Key(nodeNo, level), k -> new int[2]);
        n[0] += active;
        n[1] += dissolved;
        return this;
    }

    /** Counts one unit at {@code path} for each of its ancestors. */
    public RollupDelta add(String path, Level level, int active, int dissolved) {
        int end = path.lastIndexOf('.');
        for (int start = 0; start < end; ) {
            int dot = path.indexOf('.', start);
            add(Long.parseLong(path, start, dot, 10), level, active, dissolved);
            start = dot + 1;
        }
        return this;
    }

    public boolean isEmpty() {
        return counts.values().stream().allMatch(n -> n[0] == 0 && n[1] == 0);
    }

    public int size() {
        return counts.size();
    }

    /** Binds the four columns, as PostgreSQL array literals for the statement to cast, from parameter {@code first}. */
    void bind(java.sql.PreparedStatement s, int first) throws java.sql.SQLException {
        s.setString(first, nodeNumbers());
        s.setString(first + 1, levels());
        s.setString(first + 2, active());
        s.setString(first + 3, dissolved());
    }

    private String nodeNumbers() {
        return array(counts.keySet().stream().map(k -> Long.toString(k.nodeNo())));
    }

    private String levels() {
        return array(counts.keySet().stream().map(k -> k.level().name()));
    }

    private String active() {
        return array(counts.values().stream().map(n -> Integer.toString(n[0])));
    }

    private String dissolved() {
        return array(counts.values().stream().map(n -> Integer.toString(n[1])));
    }

    /** Each entry, for bulk writers: node number, level, active and dissolved change. */
    public void forEach(Entry entry) {
        counts.forEach((k, n) -> entry.accept(k.nodeNo(), k.level(), n[0], n[1]));
    }

    @FunctionalInterface
    public interface Entry {
        void accept(long nodeNo, Level level, int active, int dissolved);
    }

    private static String array(java.util.stream.Stream<String> values) {
        return values.collect(Collectors.joining(",", "{", "}"));
    }
}

package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a synchronisation with the official data would change, worked out from the files and the
 * stored units that carry official codes. A unit is the same unit as long as its code is the same:
 * a new code is CREATED; a stored one whose name, level or parent differs is RENAMED, RECLASSIFIED
 * or MOVED; a dissolved one that is back is REINSTATED; a stored active unit that the files no
 * longer hold is DISSOLVED (never deleted: other services refer to it) — but only within the
 * scope and only at tiers the files hold rows of, so sending cities.csv alone dissolves no village.
 * Units without an official code are never touched.
 */
public final class DivisionPlan {
    public enum Kind { CREATED, RENAMED, RECLASSIFIED, MOVED, REINSTATED, DISSOLVED }

    /** A stored unit with an official code, as the plan needs it. */
    public record Stored(UUID id, long nodeNo, String path, String code, String name, Level level, boolean active,
            String parentCode, Long createdChangeSeq) {}

    /** One change; {@code row} is null for a dissolution, {@code stored} for a creation. */
    public record Change(Kind kind, DivisionRow row, Stored stored) {}

    /** Creations top-down (parents first), then the changes to stored units, dissolutions bottom-up. */
    public final List<DivisionRow> creations = new ArrayList<>();
    public final List<Change> changes = new ArrayList<>();
    public final List<Stored> dissolutions = new ArrayList<>();
    public final int rowsInScope;

    private DivisionPlan(int rowsInScope) {
        this.rowsInScope = rowsInScope;
    }

    /** The rows a synchronisation considers, and the tiers at which it may dissolve units. */
    public record Scope(String code, List<DivisionRow> rows, Set<Level.Tier> tiers) {}

    /**
     * The rows of the subtree of {@code code} (null: all rows) plus that unit's ancestors, parents
     * first; the subtree's tiers are the ones where stored units may vanish.
     */
    public static Scope scope(List<DivisionRow> rows, String code, List<Problem.Violation> errors) {
        Map<String, DivisionRow> byCode = new HashMap<>();
        Map<String, List<DivisionRow>> children = new HashMap<>();
        for (DivisionRow r : rows) {
            if (byCode.putIfAbsent(r.code(), r) != null) {
                errors.add(new Problem.Violation(r.source(), "code " + r.code() + " appears more than once"));
            } else if (r.parentCode() != null) {
                children.computeIfAbsent(r.parentCode(), p -> new ArrayList<>()).add(r);
            }
        }
        List<DivisionRow> subtree = code == null ? rows : subtree(code, byCode, children, errors);
        Set<Level.Tier> tiers = EnumSet.noneOf(Level.Tier.class);
        subtree.forEach(r -> tiers.add(r.level().tier));
        List<DivisionRow> inScope = new ArrayList<>(subtree);
        if (code != null && !subtree.isEmpty()) {
            inScope.addAll(ancestors(subtree.get(0), byCode));
        }
        inScope.sort(Comparator.comparingInt((DivisionRow r) -> r.code().length()).thenComparing(DivisionRow::code));
        return new Scope(code, inScope, tiers);
    }

    /**
     * The plan for the rows of {@code scope} against {@code stored} (by code), of which
     * {@code dissolvable} lie in the scope's subtree. Problems go to {@code errors}.
     */
    public static DivisionPlan of(Scope scope, Map<String, Stored> stored, List<Stored> dissolvable,
            List<Problem.Violation> errors) {
        Map<String, Level> levels = new HashMap<>();
        scope.rows().forEach(r -> levels.put(r.code(), r.level()));
        DivisionPlan plan = new DivisionPlan(scope.rows().size());
        for (DivisionRow r : scope.rows()) {
            checkParent(r, levels, stored, errors);
            Stored s = stored.get(r.code());
            if (s == null) {
                plan.creations.add(r);
                continue;
            }
            if (!s.active()) {
                plan.changes.add(new Change(Kind.REINSTATED, r, s));
            }
            if (!s.name().equals(r.name())) {
                plan.changes.add(new Change(Kind.RENAMED, r, s));
            }
            if (s.level() != r.level()) {
                plan.changes.add(new Change(Kind.RECLASSIFIED, r, s));
            }
            if (!Objects.equals(s.parentCode(), r.parentCode())) {
                plan.changes.add(new Change(Kind.MOVED, r, s));
            }
        }
        dissolvable.stream()
                .filter(s -> s.active() && !levels.containsKey(s.code()) && scope.tiers().contains(s.level().tier))
                .sorted(Comparator.comparingInt((Stored s) -> -s.path().length()))
                .forEach(plan.dissolutions::add);
        return plan;
    }

    /** The parent must exist, in the files or stored, and may hold the row's level (as it will be). */
    private static void checkParent(DivisionRow r, Map<String, Level> levels, Map<String, Stored> stored,
            List<Problem.Violation> errors) {
        Level parent = null;
        if (r.parentCode() != null) {
            parent = levels.containsKey(r.parentCode()) ? levels.get(r.parentCode())
                    : stored.containsKey(r.parentCode()) ? stored.get(r.parentCode()).level() : null;
            if (parent == null) {
                errors.add(new Problem.Violation(r.source(), "its parent " + r.parentCode()
                        + " is neither stored nor in the files (within the scope)"));
                return;
            }
        }
        String refusal = r.level().refusalUnder(parent);
        if (refusal != null) {
            errors.add(new Problem.Violation(r.source(), refusal));
        }
    }

    /** The scope's unit first, then everything below it in the files. */
    private static List<DivisionRow> subtree(String scope, Map<String, DivisionRow> byCode,
            Map<String, List<DivisionRow>> children, List<Problem.Violation> errors) {
        DivisionRow root = byCode.get(scope);
        if (root == null) {
            errors.add(new Problem.Violation("code", "the files hold no unit with code " + scope));
            return List.of();
        }
        List<DivisionRow> found = new ArrayList<>();
        ArrayDeque<DivisionRow> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            DivisionRow r = queue.poll();
            found.add(r);
            queue.addAll(children.getOrDefault(r.code(), List.of()));
        }
        return found;
    }

    /** The row's ancestors that the files hold. */
    private static List<DivisionRow> ancestors(DivisionRow row, Map<String, DivisionRow> byCode) {
        List<DivisionRow> found = new ArrayList<>();
        for (DivisionRow up = row.parentCode() == null ? null : byCode.get(row.parentCode()); up != null;
                up = up.parentCode() == null ? null : byCode.get(up.parentCode())) {
            found.add(up);
        }
        return found;
    }
}

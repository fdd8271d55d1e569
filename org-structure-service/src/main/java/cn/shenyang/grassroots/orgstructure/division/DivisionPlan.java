package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a synchronisation with the official data would change, worked out from the files and the
 * stored units that carry official codes. A unit is the same unit as long as its code is the same:
 * a new code is CREATED; a stored one whose name, level or parent differs is RENAMED, RECLASSIFIED
 * or MOVED; a dissolved one that is back is REINSTATED. A stored active unit is DISSOLVED (never
 * deleted: other services refer to it) when its parent is a unit of the files' subtree that no
 * longer lists it, and only at tiers the files hold rows of: sending one province leaves the others
 * alone, and sending cities.csv alone dissolves no village. Provinces are never dissolved this
 * way, and units without an official code are never touched.
 */
public final class DivisionPlan {
    @Schema(name = "DivisionChangeKind")
    public enum Kind { CREATED, RENAMED, RECLASSIFIED, MOVED, REINSTATED, DISSOLVED }

    /** A stored unit with an official code, as the plan needs it. */
    public record Stored(UUID id, long nodeNo, String path, String code, String name, Level level, boolean active,
            String parentCode, Long createdChangeSeq) {}

    /**
     * The stored units a plan is made against: by code, those of the scope's rows; and the stored
     * units with a code whose parent is a unit of the scope's subtree (the candidates to vanish).
     */
    public record Known(Map<String, Stored> byCode, List<Stored> children) {}

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

    /**
     * The rows a synchronisation considers (the subtree and its ancestors, parents first) and the
     * level of each by code; the codes of the subtree, whose stored children the files must list or
     * lose (null when the subtree is everything: then they are the rows' codes); and the tiers at
     * which units may vanish.
     */
    public record Scope(String code, List<DivisionRow> rows, Map<String, Level> levels, Set<String> subtree,
            Set<Level.Tier> tiers) {
        /** Whether {@code code} is a unit of the subtree. */
        public boolean inSubtree(String code) {
            return subtree == null ? levels.containsKey(code) : subtree.contains(code);
        }
    }

    /**
     * The rows of the subtree of {@code code} (null: all rows) plus that unit's ancestors, parents
     * first; the subtree's tiers are the ones where stored units may vanish. A code given twice is
     * an error.
     */
    public static Scope scope(List<DivisionRow> rows, String code, List<Problem.Violation> errors) {
        List<DivisionRow> subtree = rows;
        List<DivisionRow> inScope = new ArrayList<>(rows);
        Set<String> subtreeCodes = null;
        if (code != null) {
            Map<String, DivisionRow> byCode = new HashMap<>();
            Map<String, List<DivisionRow>> children = new HashMap<>();
            for (DivisionRow r : rows) {
                if (byCode.putIfAbsent(r.code(), r) == null && r.parentCode() != null) {
                    children.computeIfAbsent(r.parentCode(), p -> new ArrayList<>()).add(r);
                }
            }
            subtree = subtree(code, byCode, children, errors);
            inScope = new ArrayList<>(subtree);
            if (!subtree.isEmpty()) {
                inScope.addAll(ancestors(subtree.get(0), byCode));
            }
            subtreeCodes = new HashSet<>(subtree.size() * 2);
            for (DivisionRow r : subtree) {
                subtreeCodes.add(r.code());
            }
        }
        Set<Level.Tier> tiers = EnumSet.noneOf(Level.Tier.class);
        subtree.forEach(r -> tiers.add(r.level().tier));
        inScope.sort(Comparator.comparingInt((DivisionRow r) -> r.code().length()).thenComparing(DivisionRow::code));
        Map<String, Level> levels = new HashMap<>(inScope.size() * 2);
        for (DivisionRow r : inScope) {
            if (levels.put(r.code(), r.level()) != null) {
                errors.add(new Problem.Violation(r.source(), "code " + r.code() + " appears more than once"));
            }
        }
        return new Scope(code, inScope, levels, subtreeCodes, tiers);
    }

    /**
     * The plan for the rows of {@code scope} against {@code stored} (by code) and
     * {@code children}: the stored units with a code whose parent is a unit of the subtree (the
     * candidates to vanish). Problems go to {@code errors}.
     */
    public static DivisionPlan of(Scope scope, Map<String, Stored> stored, List<Stored> children,
            List<Problem.Violation> errors) {
        Map<String, Level> levels = scope.levels();
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
        children.stream()
                .filter(s -> s.active() && !levels.containsKey(s.code()) && scope.inSubtree(s.parentCode())
                        && scope.tiers().contains(s.level().tier))
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

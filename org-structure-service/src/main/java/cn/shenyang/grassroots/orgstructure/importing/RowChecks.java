package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The checks each row of a bulk import must pass against the stored tree and the rows before it:
 * its parent exists (stored, or an earlier row), is active and visible to the caller; the level
 * rules hold; only a whole-tree caller adds roots; division codes are unused and sibling names
 * free. Every failing row is reported, under the field it named, up to a limit.
 */
final class RowChecks {
    /** A stored unit a row may name as its parent. */
    record Known(UUID id, String path, Level level, boolean active) {}

    /** The key of the sibling-name rule: parent (null for roots) and the name, case-folded. */
    record NameKey(UUID parentId, String name) {
        static NameKey of(UUID parentId, String name) {
            return new NameKey(parentId, name.toLowerCase());
        }
    }

    /**
     * What the stored tree already holds that rows may clash with or refer to: the stored parents the
     * rows name, the stored codes (at least those the rows use) and the names taken under those parents.
     */
    record Stored(Map<String, Known> byCode, Map<UUID, Known> byId, Set<String> takenCodes, Set<NameKey> takenNames) {}

    private final Stored stored;
    private final Predicate<String> visible;
    private final boolean wholeTree;
    private final List<Problem.Violation> errors;
    private final int maxErrors;
    private final Map<UUID, Boolean> visibility = new HashMap<>();
    /**
     * Each code of the file once, with its row as a parent (a {@link #parents} index), or a level's
     * {@link #LEAVES} entry, or {@link #REJECTED}: one probe per row.
     */
    private final FileCodes fileCodes;
    /** The file's rows that hold units, as parents later rows may name. */
    private final List<Known> parents = new ArrayList<>();
    private final SiblingNames fileNames;
    /** A file code whose row was rejected. */
    private static final int REJECTED = -1;
    /** Rows of the file whose level holds no units, by level, as parents later rows may name. */
    private static final Map<Level, Known> LEAVES = new EnumMap<>(Level.class);
    /** Stands for "no parent": roots are siblings of each other, as in the sibling-name index. */
    private static final UUID NO_PARENT = new UUID(0, 0);

    static {
        for (Level level : Level.values()) {
            if (!level.holdsUnits()) {
                LEAVES.put(level, new Known(new UUID(0, 1 + level.ordinal()), null, level, true));
            }
        }
    }

    /**
     * {@code visible} tells whether the caller sees a path; {@code wholeTree} whether it may add roots;
     * {@code expectedRows} about how many rows will be checked.
     */
    RowChecks(Stored stored, Predicate<String> visible, boolean wholeTree, List<Problem.Violation> errors, int maxErrors,
            int expectedRows) {
        this.stored = stored;
        this.visible = visible;
        this.wholeTree = wholeTree;
        this.errors = errors;
        this.maxErrors = maxErrors;
        // room up front for a quarter of a million rows at most: an estimate from a large body's length
        // could otherwise take much of the heap before a row is read; the tables grow as rows come
        int room = Math.min(expectedRows, 1 << 18);
        fileCodes = new FileCodes(room);
        fileNames = new SiblingNames(room);
    }

    /** Whether enough errors were found to reject the file and report them: later rows need no checks. */
    boolean done() {
        return errors.size() >= maxErrors;
    }

    /**
     * Checks the next row of the file (rows come in file order) and answers its unit, numbered
     * {@code nodeNo} and identified by {@code id}: a unit that follows an error is meaningless, as
     * the file is rejected.
     */
    NewUnit check(ImportRow r, long nodeNo, UUID id) {
        int before = errors.size();
        String parentField = r.parentDivisionCode() != null ? "parentDivisionCode" : "parentId";
        boolean parentNamed = r.parentDivisionCode() != null || r.parentId() != null;
        Known parent = parentNamed ? parent(r) : null;
        if (parent != null && !parent.active()) {
            error(r, parentField, "the parent is dissolved");
        }
        boolean placed = !parentNamed || parent != null; // under a parent it names, or a root
        if (placed) {
            String refusal = r.level().refusalUnder(parent == null ? null : parent.level());
            if (refusal != null) {
                error(r, "level", refusal);
                placed = false; // the parent cannot hold it: its siblings' names are moot
            } else if (parent == null && !wholeTree) {
                error(r, "parentId", "only a caller who sees the whole tree can import a root unit");
            }
        }
        UUID parentId = parent == null ? null : parent.id();
        NewUnit unit = new NewUnit(id, nodeNo, parentId, parent == null ? null : parent.path(), r.name(),
                r.level(), r.divisionCode(), r.partyOrgKind(), r.partyOrgName(), r.partySecretaryName());
        String codeRefusal = r.level().refusalOfCode(r.divisionCode());
        boolean coded = false;
        if (codeRefusal != null) {
            error(r, "divisionCode", codeRefusal);
        } else if (r.divisionCode() != null && (stored.takenCodes().contains(r.divisionCode())
                || fileCodes.putIfAbsent(r.divisionCode(), asParent(unit)) != FileCodes.ABSENT)) {
            error(r, "divisionCode", "division code " + r.divisionCode() + " is already used");
        } else {
            coded = r.divisionCode() != null;
        }
        String name = r.name().toLowerCase();
        if (placed && ((!stored.takenNames().isEmpty() && stored.takenNames().contains(new NameKey(parentId, name)))
                || !fileNames.add(parentId == null ? NO_PARENT : parentId, name))) {
            error(r, "name", "an active unit named '" + r.name() + "' already exists under this parent");
        }
        if (r.divisionCode() != null && errors.size() > before) {
            // its children are told their parent row was rejected; an earlier row that holds the code keeps it
            if (coded) {
                fileCodes.put(r.divisionCode(), REJECTED);
            } else {
                fileCodes.putIfAbsent(r.divisionCode(), REJECTED);
            }
        }
        return unit;
    }

    /**
     * A new unit as the parent later rows may name, as {@link #fileCodes} holds it. Villages and
     * communities (93 % of the country) hold no units, so a row that names one is refused by the level
     * rule, which reads only its level: they share one entry a level (the country's would hold 600k ids
     * and paths, 60 MB).
     */
    private int asParent(NewUnit unit) {
        if (!unit.level().holdsUnits()) {
            return -2 - unit.level().ordinal();
        }
        parents.add(new Known(unit.id(), unit.path(), unit.level(), true));
        return parents.size() - 1;
    }

    /** A parent held in {@link #fileCodes} (not {@link #REJECTED}). */
    private Known parentHeld(int held) {
        return held >= 0 ? parents.get(held) : LEAVES.get(Level.values()[-2 - held]);
    }

    /** The parent a row names, from an earlier row or the stored tree; null, with an error, when there is none. */
    private Known parent(ImportRow r) {
        if (r.parentDivisionCode() != null) {
            String code = r.parentDivisionCode();
            int held = fileCodes.get(code);
            if (held != FileCodes.ABSENT && held != REJECTED) {
                return parentHeld(held); // an earlier row: visible, as it was checked to sit under a visible parent
            }
            Known parent = stored.byCode().get(code);
            if (parent == null && held == REJECTED) {
                error(r, "parentDivisionCode", "its parent row (division code " + code + ") was rejected");
                return null;
            }
            if (parent == null || !visible(parent)) {
                error(r, "parentDivisionCode", "no org unit or earlier row has division code " + code);
                return null;
            }
            return parent;
        }
        Known parent = stored.byId().get(r.parentId());
        if (parent == null || !visible(parent)) {
            error(r, "parentId", "no org unit " + r.parentId() + " exists");
            return null;
        }
        return parent;
    }

    /** Asked once per stored parent: the caller's scope is read from its token. */
    private boolean visible(Known stored) {
        return visibility.computeIfAbsent(stored.id(), id -> visible.test(stored.path()));
    }

    private void error(ImportRow r, String field, String message) {
        errors.add(new Problem.Violation("rows[" + r.row() + "]." + field, message));
    }
}

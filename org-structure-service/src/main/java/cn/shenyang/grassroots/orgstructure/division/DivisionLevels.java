package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;

/**
 * The level of a unit in the official statistical division data (国家统计局统计用区划代码), from its
 * code and its official name. The code's length gives the tier (2/4/6/9/12 digits); within a tier:
 *
 * <ul>
 * <li>County tier (6 digits): the name's suffix says the kind — 自治县, 自治旗, 旗, 特区; 林区 only
 * in a 省直辖县级行政区划 group (digits 3–4 = 90: 神农架林区), since 碑林区 or 万柏林区 are districts.
 * Digits 5–6 of 71–80 are the statistical office's 类似县级单位 (development zones, new towns):
 * OTHER_COUNTY_LEVEL. Then 县 → COUNTY, 市 → COUNTY_CITY, 区 → DISTRICT; anything else (西沙群岛,
 * 大柴旦行政委员会) → OTHER_COUNTY_LEVEL.
 * <li>Township tier (9 digits): digits 7–9 by the statistical office's bands — 001–099 街道 →
 * SUBDISTRICT (Beijing's 地区办事处 included), 100–199 镇 → TOWN, 200–399 乡, 民族乡, 苏木 → TOWNSHIP,
 * 400–599 类似乡级单位 (farms, forest farms, development zones; some are named 街道) →
 * OTHER_TOWNSHIP_LEVEL. A "…直辖村级区划" entry groups villages the county holds directly: also
 * OTHER_TOWNSHIP_LEVEL, whatever its number; so is 000, the data's placeholder for a county it lists
 * no subdivisions of (金门县 repeated below itself).
 * <li>Village tier (12 digits): digits 10–12 — 001–199 居委会 and 400–499 类似居委会 → COMMUNITY,
 * 200–399 村委会 and 500–599 类似村委会 → VILLAGE. The number decides, not the name: 高楼子社区村民委员会
 * is a village. The placeholder 000 (金门县 again) is counted a VILLAGE.
 * </ul>
 * Provinces (2 digits) are PROVINCE; every 4-digit entry is a CITY, including the municipalities'
 * 市辖区 and 县 entries and the 省直辖县级行政区划 groups, which the data holds as prefecture-level units.
 */
public final class DivisionLevels {
    private static final String FORESTRY = "林区";
    private static final String VILLAGES_HELD_BY_COUNTY = "直辖村级区划";

    private DivisionLevels() {}

    /** The level, or null when the code's length or number fits no tier or band of the data. */
    public static Level of(String code, String name) {
        Level.Tier tier = code == null ? null : Level.Tier.ofCodeLength(code.length());
        if (tier == null || !digits(code) || name == null) {
            return null;
        }
        return switch (tier) {
            case PROVINCE -> Level.PROVINCE;
            case PREFECTURE -> Level.CITY;
            case COUNTY -> county(code, name);
            case TOWNSHIP -> township(code, name);
            case VILLAGE -> village(code);
        };
    }

    /** True for a non-empty string of ASCII digits. */
    public static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static Level county(String code, String name) {
        int number = Integer.parseInt(code.substring(4, 6));
        if (name.endsWith("自治县")) {
            return Level.AUTONOMOUS_COUNTY;
        }
        if (name.endsWith("自治旗")) {
            return Level.AUTONOMOUS_BANNER;
        }
        if (name.endsWith("旗")) {
            return Level.BANNER;
        }
        if (name.endsWith("特区")) {
            return Level.SPECIAL_AREA;
        }
        if (name.endsWith(FORESTRY) && code.startsWith("90", 2)) {
            return Level.FORESTRY_AREA;
        }
        if (number >= 71 && number <= 80) {
            return Level.OTHER_COUNTY_LEVEL;
        }
        if (name.endsWith("县")) {
            return Level.COUNTY;
        }
        if (name.endsWith("市")) {
            return Level.COUNTY_CITY;
        }
        return name.endsWith("区") ? Level.DISTRICT : Level.OTHER_COUNTY_LEVEL;
    }

    private static Level township(String code, String name) {
        if (name.endsWith(VILLAGES_HELD_BY_COUNTY)) {
            return Level.OTHER_TOWNSHIP_LEVEL;
        }
        int number = Integer.parseInt(code.substring(6, 9));
        if (number == 0) {
            return Level.OTHER_TOWNSHIP_LEVEL;
        }
        if (number <= 99) {
            return Level.SUBDISTRICT;
        }
        if (number >= 100 && number <= 199) {
            return Level.TOWN;
        }
        if (number >= 200 && number <= 399) {
            return Level.TOWNSHIP;
        }
        return number >= 400 && number <= 599 ? Level.OTHER_TOWNSHIP_LEVEL : null;
    }

    private static Level village(String code) {
        int number = Integer.parseInt(code.substring(9, 12));
        if (number == 0) {
            return Level.VILLAGE;
        }
        if (number <= 199 || (number >= 400 && number <= 499)) {
            return Level.COMMUNITY;
        }
        return number <= 599 ? Level.VILLAGE : null;
    }
}

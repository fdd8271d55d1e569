package cn.shenyang.grassroots.platform.orgreplica;

import java.util.Set;

/**
 * The levels of an org unit as every service names them (org-structure owns the rules), grouped
 * into the five tiers of the official division codes: province, prefecture, county, township,
 * village. Services check "a township-level unit" against a tier, never against one kind.
 */
public final class OrgLevels {
    private OrgLevels() {}

    public static final String PROVINCE = "PROVINCE";
    public static final String CITY = "CITY";
    public static final String DISTRICT = "DISTRICT";
    public static final String COUNTY = "COUNTY";
    public static final String AUTONOMOUS_COUNTY = "AUTONOMOUS_COUNTY";
    public static final String COUNTY_CITY = "COUNTY_CITY";
    public static final String BANNER = "BANNER";
    public static final String AUTONOMOUS_BANNER = "AUTONOMOUS_BANNER";
    public static final String FORESTRY_AREA = "FORESTRY_AREA";
    public static final String SPECIAL_AREA = "SPECIAL_AREA";
    public static final String OTHER_COUNTY_LEVEL = "OTHER_COUNTY_LEVEL";
    public static final String SUBDISTRICT = "SUBDISTRICT";
    public static final String TOWN = "TOWN";
    public static final String TOWNSHIP = "TOWNSHIP";
    public static final String OTHER_TOWNSHIP_LEVEL = "OTHER_TOWNSHIP_LEVEL";
    public static final String COMMUNITY = "COMMUNITY";
    public static final String VILLAGE = "VILLAGE";

    /** 区, 县, 自治县, 县级市, 旗, 自治旗, 林区, 特区 and the few other county-level units. */
    public static final Set<String> COUNTY_TIER = Set.of(DISTRICT, COUNTY, AUTONOMOUS_COUNTY, COUNTY_CITY, BANNER,
            AUTONOMOUS_BANNER, FORESTRY_AREA, SPECIAL_AREA, OTHER_COUNTY_LEVEL);
    /** 街道, 镇, 乡 (民族乡, 苏木) and the other township-level units (farms, development zones). */
    public static final Set<String> TOWNSHIP_TIER = Set.of(SUBDISTRICT, TOWN, TOWNSHIP, OTHER_TOWNSHIP_LEVEL);
    /** 居委会 and 村委会. */
    public static final Set<String> VILLAGE_TIER = Set.of(COMMUNITY, VILLAGE);

    /** Township-level units that are rural (镇, 乡), where village cadres are mentored. */
    public static final Set<String> RURAL_TOWNSHIPS = Set.of(TOWN, TOWNSHIP);
}

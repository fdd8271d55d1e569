package cn.shenyang.grassroots.orgstructure.orgunit;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kind of an org unit, as the official statistical division data has them (names fixed
 * suite-wide by {@code platform.orgreplica.OrgLevels}), grouped into the data's five tiers.
 * A unit sits directly under a unit of the tier above; how a kind is derived from an official
 * code and name is {@code division.DivisionLevels}.
 */
@Schema(name = "OrgUnitLevel")
public enum Level {
    PROVINCE(Tier.PROVINCE, "省(自治区、直辖市)", "Province (autonomous region, municipality)"),
    CITY(Tier.PREFECTURE, "地级市(自治州、地区、盟)", "Prefecture-level city (prefecture, league)"),
    DISTRICT(Tier.COUNTY, "市辖区", "District"),
    COUNTY(Tier.COUNTY, "县", "County"),
    AUTONOMOUS_COUNTY(Tier.COUNTY, "自治县", "Autonomous county"),
    COUNTY_CITY(Tier.COUNTY, "县级市", "County-level city"),
    BANNER(Tier.COUNTY, "旗", "Banner"),
    AUTONOMOUS_BANNER(Tier.COUNTY, "自治旗", "Autonomous banner"),
    FORESTRY_AREA(Tier.COUNTY, "林区", "Forestry area"),
    SPECIAL_AREA(Tier.COUNTY, "特区", "Special area"),
    OTHER_COUNTY_LEVEL(Tier.COUNTY, "类似县级单位(开发区等)", "Other county-level unit (development zone etc.)"),
    SUBDISTRICT(Tier.TOWNSHIP, "街道", "Sub-district"),
    TOWN(Tier.TOWNSHIP, "镇", "Town"),
    TOWNSHIP(Tier.TOWNSHIP, "乡(民族乡、苏木)", "Township (ethnic township, sumu)"),
    OTHER_TOWNSHIP_LEVEL(Tier.TOWNSHIP, "类似乡级单位(农场、开发区等)", "Other township-level unit (farm, development zone etc.)"),
    COMMUNITY(Tier.VILLAGE, "社区(居委会)", "Community (residents' committee)"),
    VILLAGE(Tier.VILLAGE, "村(村委会)", "Village (villagers' committee)");

    /** The five tiers of the official codes: 2, 4, 6, 9 and 12 digits. */
    @Schema(name = "OrgUnitTier")
    public enum Tier {
        PROVINCE("省级", "Province level", 2),
        PREFECTURE("地级", "Prefecture level", 4),
        COUNTY("县级", "County level", 6),
        TOWNSHIP("乡级", "Township level", 9),
        VILLAGE("村级", "Village level", 12);

        public final String labelZh;
        public final String labelEn;
        /** Digits of an official division code at this tier. */
        public final int codeLength;

        Tier(String labelZh, String labelEn, int codeLength) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
            this.codeLength = codeLength;
        }

        /** The tier above, or null for provinces. */
        public Tier above() {
            return switch (this) {
                case PROVINCE -> null;
                case PREFECTURE -> PROVINCE;
                case COUNTY -> PREFECTURE;
                case TOWNSHIP -> COUNTY;
                case VILLAGE -> TOWNSHIP;
            };
        }

        public Set<Level> levels() {
            EnumSet<Level> levels = EnumSet.noneOf(Level.class);
            Arrays.stream(Level.values()).filter(l -> l.tier == this).forEach(levels::add);
            return levels;
        }

        /** The tier whose codes have {@code digits} digits, or null. */
        public static Tier ofCodeLength(int digits) {
            return switch (digits) {
                case 2 -> PROVINCE;
                case 4 -> PREFECTURE;
                case 6 -> COUNTY;
                case 9 -> TOWNSHIP;
                case 12 -> VILLAGE;
                default -> null;
            };
        }
    }

    public final Tier tier;
    public final String labelZh;
    public final String labelEn;

    /** Computed once: imports ask for every row. */
    private static final Map<Level, Set<Level>> PARENTS = new EnumMap<>(Level.class);

    /** The levels some level may sit under. */
    private static final Set<Level> HOLDERS = EnumSet.noneOf(Level.class);

    static {
        for (Level level : values()) {
            PARENTS.put(level, level.tier.above() == null ? EnumSet.noneOf(Level.class) : level.tier.above().levels());
            HOLDERS.addAll(PARENTS.get(level));
        }
    }

    Level(Tier tier, String labelZh, String labelEn) {
        this.tier = tier;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** True when some level may sit under this one; villages and communities hold no units. */
    public boolean holdsUnits() {
        return HOLDERS.contains(this);
    }

    /** Every unit of the tier above may hold this one. */
    public Set<Level> allowedParents() {
        return EnumSet.copyOf(PARENTS.get(this));
    }

    /**
     * Provinces are roots; so may a prefecture-level city be, for a jurisdiction that keeps only its
     * own city (and for trees made before provinces existed here). Everything else needs a parent.
     */
    public boolean mayBeRoot() {
        return this == PROVINCE || this == CITY;
    }

    /** Null when {@code parent} may hold a unit of this level (null parent: as a root), else why not. */
    public String refusalUnder(Level parent) {
        if (parent == null) {
            return mayBeRoot() ? null : "a " + this + " needs a parent of level " + names(allowedParents());
        }
        if (this == PROVINCE) {
            return "a PROVINCE has no parent";
        }
        return PARENTS.get(this).contains(parent) ? null
                : "a " + this + " cannot sit under a " + parent + "; allowed parents: " + names(allowedParents());
    }

    /** Null when {@code code} is absent or has this tier's number of digits, else why not. */
    public String refusalOfCode(String code) {
        return code == null || code.length() == tier.codeLength ? null
                : "a " + this + " has a " + tier.codeLength + "-digit official division code; '" + code + "' has "
                        + code.length();
    }

    private static String names(Set<Level> levels) {
        return levels.stream().map(Enum::name).toList().toString();
    }
}

package cn.shenyang.grassroots.orgstructure.orgunit;

import java.util.EnumSet;
import java.util.Set;

/** The administrative level of an org unit, and which levels may sit directly above it. */
public enum Level {
    CITY("市", "City"),
    DISTRICT("区", "District"),
    COUNTY_CITY("县级市", "County-level city"),
    SUBDISTRICT("街道", "Sub-district"),
    TOWNSHIP("镇(乡)", "Township"),
    COMMUNITY("社区", "Community"),
    VILLAGE("村", "Village");

    public final String labelZh;
    public final String labelEn;

    Level(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Allowed parent levels; empty means the unit is a root and takes no parent. */
    public Set<Level> allowedParents() {
        return switch (this) {
            case CITY -> EnumSet.noneOf(Level.class);
            case DISTRICT, COUNTY_CITY -> EnumSet.of(CITY);
            case SUBDISTRICT, TOWNSHIP -> EnumSet.of(DISTRICT, COUNTY_CITY);
            // Villages sit under townships, and under the sub-districts that still administer some.
            case COMMUNITY, VILLAGE -> EnumSet.of(SUBDISTRICT, TOWNSHIP);
        };
    }

    public boolean isRoot() {
        return allowedParents().isEmpty();
    }

    /** Null when {@code parent} may hold a unit of this level, else why not. */
    public String refusalUnder(Level parent) {
        if (parent == null) {
            return isRoot() ? null : "a " + this + " needs a parent of level " + allowedParents();
        }
        if (isRoot()) {
            return "a " + this + " has no parent";
        }
        return allowedParents().contains(parent) ? null
                : "a " + this + " cannot sit under a " + parent + "; allowed parents: " + allowedParents();
    }
}

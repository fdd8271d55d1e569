package cn.shenyang.grassroots.orgstructure.responsibility;

import java.util.EnumSet;
import java.util.Set;

/** Who is made responsible for a unit, and so whether a person, a department or an agency takes it. */
public enum ResponsibilityKind {
    DISTRICT_LEADER(Who.PERSON),
    DEPARTMENT(Who.DEPARTMENT),
    CITY_LEADER_LINK(Who.PERSON),
    TOWNSHIP_LEADER_COVER(Who.PERSON),
    FIRST_SECRETARY(Who.PERSON),
    PAIRED_AGENCY(Who.AGENCY);

    public enum Who { PERSON, DEPARTMENT, AGENCY }

    /** Xinmin's "four ones": a city leader links, a township leader covers, a first secretary is stationed, an agency pairs. */
    public static final Set<ResponsibilityKind> FOUR_ONES = EnumSet.of(CITY_LEADER_LINK, TOWNSHIP_LEADER_COVER,
            FIRST_SECRETARY, PAIRED_AGENCY);

    public final Who who;

    ResponsibilityKind(Who who) {
        this.who = who;
    }
}

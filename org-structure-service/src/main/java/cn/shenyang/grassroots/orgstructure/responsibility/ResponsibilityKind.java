package cn.shenyang.grassroots.orgstructure.responsibility;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import java.util.EnumSet;
import java.util.Set;

/** Who is made responsible for a unit, and so whether a person, a department or an agency takes it. */
public enum ResponsibilityKind implements Labelled {
    DISTRICT_LEADER(Who.PERSON, "区级领导包保", "District leader"),
    DEPARTMENT(Who.DEPARTMENT, "部门包保", "Department"),
    CITY_LEADER_LINK(Who.PERSON, "市级领导联系", "City leader link"),
    TOWNSHIP_LEADER_COVER(Who.PERSON, "乡镇领导包村", "Township leader cover"),
    FIRST_SECRETARY(Who.PERSON, "驻村第一书记", "First secretary"),
    PAIRED_AGENCY(Who.AGENCY, "结对帮扶单位", "Paired agency");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    public enum Who { PERSON, DEPARTMENT, AGENCY }

    /** Xinmin's "four ones": a city leader links, a township leader covers, a first secretary is stationed, an agency pairs. */
    public static final Set<ResponsibilityKind> FOUR_ONES = EnumSet.of(CITY_LEADER_LINK, TOWNSHIP_LEADER_COVER,
            FIRST_SECRETARY, PAIRED_AGENCY);

    public final Who who;

    ResponsibilityKind(Who who, String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
        this.who = who;
    }
}

package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The group a reserve cadre was found in (the article's six sources, plus other). */
public enum CadreSource implements Labelled {
    VILLAGER_REPRESENTATIVE("村民代表", "Villager representative"),
    PARTY_MEMBER("优秀党员", "Outstanding Party member"),
    COLLEGE_GRADUATE_OFFICIAL("大学生村官", "College-graduate village official"),
    ENTREPRENEUR("致富带头人", "Entrepreneur leading villagers to prosperity"),
    VETERAN("复员退伍军人", "Demobilised veteran"),
    RETIREE("机关事业单位及企业退休人员", "Retiree from an agency, institution or enterprise"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    CadreSource(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /** Why a person of this Party status cannot come from this source, or null: 优秀党员 are PROBATIONARY or MEMBER. */
    public String refusal(PartyStatus status) {
        return this == PARTY_MEMBER && status != PartyStatus.PROBATIONARY && status != PartyStatus.MEMBER
                ? "a PARTY_MEMBER (优秀党员) candidate must be a PROBATIONARY or full MEMBER of the Party, not " + status
                : null;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

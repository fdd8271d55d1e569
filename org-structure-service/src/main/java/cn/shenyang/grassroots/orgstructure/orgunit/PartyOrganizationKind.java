package cn.shenyang.grassroots.orgstructure.orgunit;

/** The kind of party organisation that leads a unit (区委, 街道党工委, 社区党委, 村党支部 …). */
public enum PartyOrganizationKind {
    COMMITTEE("党委", "Party committee"),
    WORKING_COMMITTEE("党工委", "Party working committee"),
    GENERAL_BRANCH("党总支", "General party branch"),
    BRANCH("党支部", "Party branch");

    public final String labelZh;
    public final String labelEn;

    PartyOrganizationKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}

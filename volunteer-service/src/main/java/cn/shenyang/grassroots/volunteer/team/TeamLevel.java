package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The level a team works at; teams are upgraded (全面升级) from one level to a higher one. */
public enum TeamLevel implements Labelled {
    COMMUNITY("社区(村)级", "Community or village"),
    SUBDISTRICT("街道(乡镇)级", "Sub-district or township"),
    DISTRICT("区级", "District");

    private final String labelZh;
    private final String labelEn;

    TeamLevel(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Null when a team of {@code kind} may work at this level; otherwise why not. District squads are district-level by definition. */
    public String refusalFor(TeamKind kind) {
        return kind == TeamKind.SPECIALTY_SQUAD && this != DISTRICT
                ? "a SPECIALTY_SQUAD (区级特色分队) is a DISTRICT-level team" : null;
    }
}

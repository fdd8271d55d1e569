package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The three kinds of team the article counts: 300+ party-member teams, 10 professional organisations, 12 district squads. */
public enum TeamKind implements Labelled {
    PARTY_MEMBER_TEAM("党员志愿者服务队", "Party-member volunteer team"),
    PROFESSIONAL_ORGANIZATION("专业志愿服务组织", "Professional volunteer organisation"),
    SPECIALTY_SQUAD("区级特色分队", "District specialty squad");

    private final String labelZh;
    private final String labelEn;

    TeamKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** The themes of the article'\''s fairs, and the rest. */
public enum ServiceTheme implements Labelled {
    PARTY_BUILDING_EPIDEMIC_PREVENTION("党建+防疫", "Party building + epidemic prevention"),
    PARTY_BUILDING_CIVILISED_CITY("党建+创城", "Party building + civilised city"),
    PARTY_BUILDING_BUSINESS_ENVIRONMENT("党建+营商", "Party building + business environment"),
    COMMUNITY_SERVICE("社区服务", "Community service"),
    OTHER("其他", "Other");

    private final String labelZh;
    private final String labelEn;

    ServiceTheme(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

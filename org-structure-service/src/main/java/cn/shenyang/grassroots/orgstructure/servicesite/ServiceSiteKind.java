package cn.shenyang.grassroots.orgstructure.servicesite;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** 党群服务中心 / 服务站 / 红色驿站 / 体验中心. */
public enum ServiceSiteKind implements Labelled {
    PARTY_MASSES_SERVICE_CENTER("党群服务中心", "Party-and-masses service centre"),
    PARTY_MASSES_SERVICE_STATION("党群服务站", "Party-and-masses service station"),
    RED_STATION("红色驿站", "Red station"),
    EXPERIENCE_CENTER("体验中心", "Experience centre");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    ServiceSiteKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}

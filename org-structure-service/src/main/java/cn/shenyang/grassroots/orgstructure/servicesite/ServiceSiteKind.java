package cn.shenyang.grassroots.orgstructure.servicesite;

/** 党群服务中心 / 服务站 / 红色驿站 / 体验中心. */
public enum ServiceSiteKind {
    PARTY_MASSES_SERVICE_CENTER,
    PARTY_MASSES_SERVICE_STATION,
    RED_STATION,
    EXPERIENCE_CENTER
}

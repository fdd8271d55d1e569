package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.cadre.support.Labelled;

/** How a cadre came to be posted to a sub-district (Sujiatun: 40 recruited, 19 newly promoted, 360+ seconded). */
public enum PostingSource implements Labelled {
    PUBLIC_RECRUITMENT("公开招录", "Public recruitment"),
    NEWLY_PROMOTED("新提拔", "Newly promoted"),
    INSTITUTION_SECONDMENT("事业单位抽调", "Seconded from a public institution"),
    TEMPORARY_POST("挂职", "Temporary post");

    private final String labelZh;
    private final String labelEn;

    PostingSource(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }
}

package cn.shenyang.grassroots.cadre.posting;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/**
 * How a cadre came to work at a sub-district, as Sujiatun's 2020 figures name them: 40 civil
 * servants by open selection, 19 newly promoted cadres, 360+ staff of the four district service
 * centres stationed there, plus department secondments and the temporary posts of newly promoted
 * centre deputies.
 */
public enum PostingSource implements Labelled {
    PUBLIC_SELECTION("面向全国公开选调", "Civil servant selected by open national selection"),
    NEWLY_PROMOTED("新提拔干部到街道任职", "Newly promoted cadre appointed to the sub-district"),
    SERVICE_CENTRE_STATIONED("区事业中心干部派驻街道", "Staff of a district service centre stationed in the sub-district"),
    DEPARTMENT_SECONDMENT("区直部门干部抽调", "Seconded from a district department"),
    TEMPORARY_POST("新提拔事业中心副职挂职", "Temporary post of a newly promoted service-centre deputy");

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

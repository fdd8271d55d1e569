package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/** What sort of district-level body a department is. */
public enum DepartmentKind implements Labelled {
    PARTY_DEPARTMENT("党委部门", "Party department"),
    GOVERNMENT_DEPARTMENT("政府部门", "Government department"),
    PUBLIC_INSTITUTION("事业单位", "Public institution"),
    MASS_ORGANIZATION("群团组织", "Mass organisation"),
    STATE_OWNED_ENTERPRISE("国有企业", "State-owned enterprise"),
    VERTICAL_AGENCY("垂直管理部门", "Vertically managed agency");

    private final String labelZh;
    private final String labelEn;

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    DepartmentKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }
}

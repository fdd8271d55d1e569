package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.dictionary.Labelled;

/**
 * The four grades of "3+N" red property by which Sujiatun manages compounds (小区分级). A
 * PROFESSIONAL compound is served by a property company by definition.
 */
public enum PropertyServiceGrade implements Labelled {
    PROFESSIONAL("专业化物业服务小区(专业物业)", "Professional property service"),
    GUARANTEED("保障性物业服务小区(保障物业)", "Guaranteed (subsidised) property service"),
    SELF_SERVICE("共谋共享自我服务小区(自治物业)", "Self-service by the owners"),
    CO_GOVERNANCE("共建共治保障服务小区(共治物业)", "Co-governance with guaranteed service");

    private final String labelZh;
    private final String labelEn;

    PropertyServiceGrade(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    @Override
    public String labelZh() { return labelZh; }

    @Override
    public String labelEn() { return labelEn; }

    /** Null when a compound with (or without) a property company may hold this grade; otherwise why not. */
    public String refusal(boolean hasPropertyCompany) {
        return this == PROFESSIONAL && !hasPropertyCompany
                ? "a PROFESSIONAL compound is served by a property company: set propertyCompanyId first" : null;
    }
}

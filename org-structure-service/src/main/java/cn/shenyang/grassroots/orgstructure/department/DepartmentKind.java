package cn.shenyang.grassroots.orgstructure.department;

/** What sort of district-level body a department is. */
public enum DepartmentKind {
    PARTY_DEPARTMENT,
    GOVERNMENT_DEPARTMENT,
    PUBLIC_INSTITUTION,
    MASS_ORGANIZATION,
    STATE_OWNED_ENTERPRISE,
    VERTICAL_AGENCY
}

package cn.shenyang.grassroots.orgstructure.orgunit;

public enum OrgUnitStatus {
    ACTIVE,
    DISSOLVED
}

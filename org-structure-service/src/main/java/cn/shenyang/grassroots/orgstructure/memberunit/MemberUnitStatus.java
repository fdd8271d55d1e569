package cn.shenyang.grassroots.orgstructure.memberunit;

public enum MemberUnitStatus { ACTIVE, LEFT }

package cn.shenyang.grassroots.orgstructure.memberunit;

/** What kind of unit stationed in the sub-district sits on its big working committee. */
public enum MemberUnitKind {
    PARTY_OR_GOVERNMENT_AGENCY,
    PUBLIC_INSTITUTION,
    STATE_OWNED_ENTERPRISE,
    PRIVATE_ENTERPRISE,
    SCHOOL,
    HOSPITAL,
    SOCIAL_ORGANIZATION,
    OTHER
}

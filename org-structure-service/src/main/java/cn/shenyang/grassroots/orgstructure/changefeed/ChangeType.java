package cn.shenyang.grassroots.orgstructure.changefeed;

public enum ChangeType {
    CREATED,
    UPDATED,
    MOVED,
    DISSOLVED
}

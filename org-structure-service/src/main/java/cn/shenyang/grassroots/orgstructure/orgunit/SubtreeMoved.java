package cn.shenyang.grassroots.orgstructure.orgunit;

/** Fired inside the move's transaction once the paths below {@code from} lie below {@code to}. */
public record SubtreeMoved(String from, String to) {}

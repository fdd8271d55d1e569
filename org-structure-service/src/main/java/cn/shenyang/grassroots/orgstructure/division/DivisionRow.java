package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;

/**
 * One unit of the official division data: its code, its official name as given, its parent's
 * code (null for a province) and the level derived from both ({@link DivisionLevels}).
 * {@code source} names the file and row, for reports.
 */
public record DivisionRow(String source, String code, String name, String parentCode, Level level) {}

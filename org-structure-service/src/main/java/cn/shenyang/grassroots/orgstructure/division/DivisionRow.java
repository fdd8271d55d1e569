package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;

/**
 * One unit of the official division data: its code, its official name as given, its parent's
 * code (null for a province) and the level derived from both ({@link DivisionLevels}); and where
 * it was read, for reports.
 */
public record DivisionRow(String file, int line, String code, String name, String parentCode, Level level) {

    /** Where the row was read, as a report names it: files[villages.csv].lines[12]. */
    public String source() {
        return "files[" + file + "].lines[" + line + "]";
    }
}

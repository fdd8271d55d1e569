package cn.shenyang.grassroots.orgstructure.division;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.problem.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionFilesTest {
    private final List<DivisionRow> rows = new ArrayList<>();
    private final List<Problem.Violation> errors = new ArrayList<>();

    private void read(String file, String text) throws Exception {
        DivisionFiles.read(file, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), rows, errors);
    }

    @Test
    void eachRowTakesItsParentFromTheColumnOfTheTierAbove() throws Exception {
        read("mixed.csv", """
                code,name,provinceCode,cityCode,areaCode,streetCode
                21,"辽宁省",,,,
                2101,"沈阳市",21,,,
                210181,"新民市",21,2101,,
                210181108,"兴隆堡镇",21,2101,210181,
                210181108200,"兴隆堡村委会",21,2101,210181,210181108
                """);
        assertEquals(List.of(), errors);
        assertEquals(List.of("21 null PROVINCE", "2101 21 CITY", "210181 2101 COUNTY_CITY", "210181108 210181 TOWN",
                "210181108200 210181108 VILLAGE"),
                rows.stream().map(r -> r.code() + " " + r.parentCode() + " " + r.level()).toList());
        assertEquals("files[mixed.csv].lines[6]", rows.get(4).source());
    }

    @Test
    void everyMalformedRowIsReportedWithItsFileLineAndColumn() throws Exception {
        read("streets.csv", """
                code,name,areaCode
                2101810,"x",210181
                210181108,"",210181
                210181109,"y",2101
                210181601,"z",210181
                "210181110,"broken
                210181111,"兴隆镇",210181
                """);
        assertEquals(List.of(
                "files[streets.csv].lines[2].code: must be an official code of 2, 4, 6, 9 or 12 digits",
                "files[streets.csv].lines[3].name: must be 1 to 200 characters without control characters",
                "files[streets.csv].lines[4].areaCode: a 9-digit code needs its parent's 6-digit code here",
                "files[streets.csv].lines[5].code: the number in 210181601 belongs to no kind of unit",
                "files[streets.csv].lines[6].line: is not well-formed CSV"),
                errors.stream().map(v -> v.field() + ": " + v.message()).toList());
        assertEquals(List.of("210181111"), rows.stream().map(DivisionRow::code).toList());
        assertEquals(Level.TOWN, rows.get(0).level());
    }

    @Test
    void aHeaderWithoutCodeAndNameIsRefused() throws Exception {
        read("other.csv", "id,title\n1,x\n");
        assertEquals(List.of("files[other.csv]: the header must name the columns code and name"),
                errors.stream().map(v -> v.field() + ": " + v.message()).toList());
        assertEquals(List.of(), rows);
    }
}

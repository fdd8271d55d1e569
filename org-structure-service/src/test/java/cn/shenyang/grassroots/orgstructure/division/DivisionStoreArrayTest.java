package cn.shenyang.grassroots.orgstructure.division;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The array literals the store binds: every element quoted, quotes and backslashes escaped. */
class DivisionStoreArrayTest {
    @Test
    void everyElementIsQuotedAndItsQuotesAndBackslashesEscaped() {
        assertEquals("{}", DivisionStore.array(List.of()));
        assertEquals("{\"210181\"}", DivisionStore.array(List.of("210181")));
        assertEquals("{\"a,b\",\"say \\\"hi\\\"\",\"c:\\\\d\",\"{x}\"}",
                DivisionStore.array(List.of("a,b", "say \"hi\"", "c:\\d", "{x}")));
    }
}

package cn.shenyang.grassroots.orgstructure.orgunit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.platform.sql.Where;
import org.junit.jupiter.api.Test;

class SubtreeTest {
    @Test
    void belowWritesTheRangeOfAPathAsLiterals() {
        assertEquals(" where true and path > cast('1.17.402' as ltree) and path < cast('1.17.402-' as ltree)",
                Subtree.below(new Where(), "path", "1.17.402").sql());
    }

    @Test
    void belowRefusesAnythingButNodeNumbers() {
        for (String notAPath : new String[] {"", "1.", ".1", "1..2", "1.a", "1' or '1'='1", "1.2-"}) {
            assertThrows(IllegalArgumentException.class, () -> Subtree.below(new Where(), "path", notAPath), notAPath);
        }
    }
}

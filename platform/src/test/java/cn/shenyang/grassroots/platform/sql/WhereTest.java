package cn.shenyang.grassroots.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.persistence.Query;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WhereTest {
    enum Colour { RED }

    @Test
    void conditionsNumberTheirPlaceholdersInOrderAndBindTheValues() {
        Where w = new Where().and("a = ?", 1).andIf(null, "b = ?").andIf(Colour.RED, "c = ?")
                .and("d between ? and ?", 2, 3);
        String e = w.param("e");
        assertEquals(" where true and a = ?1 and c = ?2 and d between ?3 and ?4", w.sql());
        assertEquals(" and a = ?1 and c = ?2 and d between ?3 and ?4", w.conditions());
        assertEquals("?5", e);
        assertEquals(List.of(List.of(1, 1), List.of(2, "RED"), List.of(3, 2), List.of(4, 3), List.of(5, "e")), bound(w));
    }

    @Test
    void forTheEventLoopEachPlaceholderBecomesPostgresqlsOwnAndTheValuesKeepTheirOrder() {
        Where w = new Where().and("a = ?", "x").andIf(Colour.RED, "c = ?");
        String none = w.param(null);
        assertEquals("select ($3 is null) from t where true and a = $1 and c = $2 and b = $3 or $1 = 'a?'",
                w.numbered("select (" + none + " is null) from t" + w.sql() + " and b = " + none + " or ?1 = 'a?'"));
        assertEquals(Arrays.asList("x", "RED", null), w.values());
        assertThrows(IllegalArgumentException.class, () -> w.numbered("select ?4"));
    }

    @Test
    void aConditionWhosePlaceholdersAndValuesDoNotPairIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = ? and b = ?", 1));
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a = ?", 1, 2));
        assertThrows(IllegalArgumentException.class, () -> new Where().and("a is null", 1));
        assertEquals(" where true and a is null", new Where().and("a is null").sql());
    }

    @Test
    void sortIsWhitelistedAndAlwaysEndsOnTheId() {
        Map<String, String> columns = Map.of("name", "u.name", "createdAt", "u.created_at");
        assertEquals("u.path, u.id", Where.orderBy(null, columns, "u.path", "u.id"));
        assertEquals("u.name, u.id", Where.orderBy("name", columns, "u.path", "u.id"));
        assertEquals("u.created_at desc, u.id", Where.orderBy("-createdAt", columns, "u.path", "u.id"));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> Where.orderBy("name; drop table x", columns, "u.path", "u.id"));
        assertEquals(400, refused.status());
        assertEquals("sort", refused.violations().get(0).field());
    }

    @Test
    void aUniqueColumnOrdersAloneWithoutTheIdAfterIt() {
        Map<String, String> columns = Map.of("path", "u.path", "name", "u.name");
        assertEquals("u.path", Where.orderBy(null, columns, Set.of("u.path"), "u.path", "u.id"));
        assertEquals("u.path desc", Where.orderBy("-path", columns, Set.of("u.path"), "u.path", "u.id"));
        assertEquals("u.name, u.id", Where.orderBy("name", columns, Set.of("u.path"), "u.path", "u.id"));
    }

    @Test
    void containsEscapesTheCallersWildcards() {
        assertEquals("%50\\%\\_a\\\\b%", Where.contains(" 50%_a\\b "));
    }

    /** The (position, value) pairs bind() sets on a query. */
    private static List<List<Object>> bound(Where w) {
        List<List<Object>> calls = new ArrayList<>();
        Query query = (Query) Proxy.newProxyInstance(Query.class.getClassLoader(), new Class<?>[] {Query.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("setParameter") && args[0] instanceof Integer position) {
                        calls.add(List.of(position, args[1]));
                    }
                    return proxy;
                });
        w.bind(query);
        return calls;
    }
}

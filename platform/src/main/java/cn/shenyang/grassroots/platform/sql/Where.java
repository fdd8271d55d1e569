package cn.shenyang.grassroots.platform.sql;

import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.jpa.HibernateHints;

/**
 * A native-SQL where clause with positional parameters, built filter by filter, so every list in
 * the suite pages, sorts and scopes the same way ({@code Caller.restrict} appends to it). Each
 * {@code ?} of a condition takes the next value; a condition whose placeholders and values do not
 * pair up is a programming error and is refused at once rather than bound wrongly.
 */
public final class Where {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");
    private final StringBuilder conditions = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /** Appends {@code and <condition>} where each {@code ?} in the condition takes the next value. */
    public Where and(String condition, Object... values) {
        long placeholders = condition.chars().filter(ch -> ch == '?').count();
        if (placeholders != values.length) {
            throw new IllegalArgumentException("'" + condition + "' has " + placeholders + " placeholder(s) but "
                    + values.length + " value(s)");
        }
        StringBuilder c = new StringBuilder();
        int v = 0;
        for (char ch : condition.toCharArray()) {
            if (ch == '?') {
                c.append(param(values[v++]));
            } else {
                c.append(ch);
            }
        }
        conditions.append(" and ").append(c);
        return this;
    }

    /** Same, only when the value was given (an enum binds as its name). */
    public Where andIf(Object value, String condition) {
        return value == null ? this : and(condition, value instanceof Enum<?> e ? e.name() : value);
    }

    /** Adds a parameter for hand-written SQL around the clause and answers its placeholder ({@code ?n}). */
    public String param(Object value) {
        params.add(value);
        return "?" + params.size();
    }

    /** The clause to put after a FROM: {@code " where true and …"}. */
    public String sql() {
        return " where true" + conditions;
    }

    /** Only the conditions ({@code " and …"}, or empty), for SQL that has a where clause of its own. */
    public String conditions() {
        return conditions.toString();
    }

    /** {@code sql} with PostgreSQL's own placeholders ({@code $n} for {@code ?n}), for {@link #values()}. */
    String numbered(String sql) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder numbered = new StringBuilder(sql.length());
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) > params.size()) {
                throw new IllegalArgumentException("'" + sql + "' names ?" + m.group(1) + " but the clause holds "
                        + params.size() + " value(s)");
            }
            m.appendReplacement(numbered, "\\$" + m.group(1));
        }
        return m.appendTail(numbered).toString();
    }

    /** The values in placeholder order, an enum as its name. */
    List<Object> values() {
        return params.stream().map(v -> v instanceof Enum<?> e ? (Object) e.name() : v).toList();
    }

    /** Binds every value, in order, to a query built from this clause. */
    public Query bind(Query query) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /** A page of entities from {@code from} (e.g. "reserve_cadre c join org_unit_replica u on ..."). */
    public <E> Page<E> page(EntityManager em, String select, String from, String orderBy, PageRequest page,
            Class<E> type) {
        return page(em, select, from, orderBy, page, type, null);
    }

    /**
     * Same, with the total from {@code counted} when it can tell (a roll-up kept with each change),
     * instead of counting the matching rows; it answers null when it cannot.
     */
    @SuppressWarnings("unchecked")
    public <E> Page<E> page(EntityManager em, String select, String from, String orderBy, PageRequest page,
            Class<E> type, java.util.function.Supplier<Long> counted) {
        Query items = bind(em.createNativeQuery("select " + select + " from " + from + sql() + " order by " + orderBy
                + " limit " + page.size + " offset " + page.offset(), type))
                // a page is only read: no snapshots for dirty checking
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        List<E> found = items.getResultList();
        Long rolledUp;
        long total = found.size() < page.size && (page.page == 0 || !found.isEmpty())
                ? (long) page.offset() + found.size()
                : counted != null && (rolledUp = counted.get()) != null ? rolledUp
                : ((Number) bind(em.createNativeQuery("select count(*) from " + from + sql())).getSingleResult()).longValue();
        return new Page<>(found, page.page, page.size, total);
    }

    /** The ORDER BY for a caller's {@code sort} ("name" or "-name"), from a whitelist; always ends on the id. */
    public static String orderBy(String sort, Map<String, String> columns, String defaultOrder, String idColumn) {
        return orderBy(sort, columns, Set.of(), defaultOrder, idColumn);
    }

    /**
     * Same, without the id as tie-breaker after a column in {@code unique}: a unique column orders
     * alone, and one index then answers "order by … limit" without a sort step.
     */
    public static String orderBy(String sort, Map<String, String> columns, Set<String> unique, String defaultOrder,
            String idColumn) {
        if (sort == null || sort.isBlank()) {
            return unique.contains(defaultOrder) ? defaultOrder : defaultOrder + ", " + idColumn;
        }
        boolean descending = sort.startsWith("-");
        String column = columns.get(descending ? sort.substring(1) : sort);
        if (column == null) {
            throw ProblemException.invalid("sort", "'" + sort + "' is not one of "
                    + String.join(", ", new TreeSet<>(columns.keySet())) + " (prefix '-' for descending)");
        }
        return column + (descending ? " desc" : "") + (unique.contains(column) ? "" : ", " + idColumn);
    }

    /** A LIKE pattern for "contains", with the caller's wildcards escaped. */
    public static String contains(String q) {
        return "%" + q.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}

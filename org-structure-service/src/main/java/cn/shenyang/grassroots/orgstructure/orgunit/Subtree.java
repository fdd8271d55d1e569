package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import java.util.regex.Pattern;

/**
 * Subtrees as ranges of the btree on {@code org_unit.path}. Paths are node numbers from the root
 * ("1.17.402"), and ltree orders label by label, so a unit and all its descendants are exactly
 * the paths from P up to, not including, P followed by "-": no label is made of digits and a
 * hyphen, and "-" sorts before every digit. The range is read in path order and stops at a LIMIT.
 */
public final class Subtree {
    private static final Pattern NODE_PATH = Pattern.compile("\\d+(\\.\\d+)*");

    private Subtree() {}

    /** {@code column} is {@code path} or lies below it. */
    public static Where within(Where where, String column, String path) {
        return where.and(column + " >= cast(? as ltree) and " + column + " < cast(? as ltree)", path, end(path));
    }

    /**
     * {@code column} lies strictly below {@code path}, with the bounds written into the SQL as
     * literals (a path is node numbers and dots, checked here). With the bounds as parameters
     * PostgreSQL plans the statement again on every run, because no plan made without them knows
     * how many rows the range holds, and for a page that planning cost as much as the read; as
     * literals, a prepared statement keeps its plan for the subtree.
     */
    public static Where below(Where where, String column, String path) {
        if (!NODE_PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("not a path of node numbers: " + path);
        }
        return where.and(column + " > cast('" + path + "' as ltree) and " + column + " < cast('" + end(path) + "' as ltree)");
    }

    /** The first path after the subtree of {@code path}: the range's exclusive upper bound. */
    public static String end(String path) {
        return path + "-";
    }

    /** Only what the caller may see: the whole tree, its subtree, or nothing for a token without a scope. */
    public static Where visibleTo(Caller caller, Where where, String column) {
        if (caller.unrestricted()) {
            return where;
        }
        String scope = caller.scopePath();
        return scope == null ? where.and("false") : within(where, column, scope);
    }

    /** The node numbers of a path's ancestors, root first (all its labels but the last). */
    public static long[] ancestorNodes(String path) {
        String[] labels = path.split("\\.");
        long[] nodes = new long[labels.length - 1];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = Long.parseLong(labels[i]);
        }
        return nodes;
    }
}

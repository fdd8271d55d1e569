package cn.shenyang.grassroots.orgstructure.orgunit;

import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;

/**
 * Subtrees as ranges of the btree on {@code org_unit.path}. Paths are node numbers from the root
 * ("1.17.402"), and ltree orders label by label, so a unit and all its descendants are exactly
 * the paths from P up to, not including, P followed by "-": no label is made of digits and a
 * hyphen, and "-" sorts before every digit. The range is read in path order and stops at a LIMIT.
 */
public final class Subtree {
    private Subtree() {}

    /** {@code column} is {@code path} or lies below it. */
    public static Where within(Where where, String column, String path) {
        return where.and(column + " >= cast(? as ltree) and " + column + " < cast(? as ltree)", path, end(path));
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

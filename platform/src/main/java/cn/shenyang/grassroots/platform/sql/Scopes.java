package cn.shenyang.grassroots.platform.sql;

import cn.shenyang.grassroots.platform.security.Caller;

/** The caller's subtree as one ltree parameter for hand-written SQL ({@code path <@ cast(? as ltree)}). */
public final class Scopes {
    /** The empty path: every path lies under it. */
    public static final String WHOLE_TREE = "";

    private Scopes() {}

    /** {@link #WHOLE_TREE} for a caller who sees everything, the scope path otherwise, null for one who sees nothing. */
    public static String of(Caller caller) {
        return caller.unrestricted() ? WHOLE_TREE : caller.scopePath();
    }
}

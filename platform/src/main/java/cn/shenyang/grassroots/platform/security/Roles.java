package cn.shenyang.grassroots.platform.security;

/** The roles a token can carry (claim {@code groups}). */
public final class Roles {
    private Roles() {}

    /** Everything, everywhere. */
    public static final String ADMIN = "ADMIN";
    /** Read and write inside their subtree. */
    public static final String ORG_MANAGER = "ORG_MANAGER";
    /** The whistles sent to their department. */
    public static final String DEPARTMENT_LIAISON = "DEPARTMENT_LIAISON";
    /** Read inside their subtree. */
    public static final String VIEWER = "VIEWER";
    /** Scripts: read and bulk-load inside their scope. */
    public static final String INTEGRATION = "INTEGRATION";

    /** Ordered from most to least powerful, for "never above your own role" checks. */
    public static final java.util.List<String> BY_RANK = java.util.List.of(ADMIN, ORG_MANAGER, INTEGRATION,
            DEPARTMENT_LIAISON, VIEWER);
}

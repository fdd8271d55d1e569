package cn.shenyang.grassroots.platform.security;

/**
 * The claims of the suite's access tokens beyond the standard ones ({@code sub}, {@code upn},
 * {@code groups}, {@code exp}). The gateway issues them; every service reads them.
 */
public final class Claims {
    private Claims() {}

    public static final String ISSUER = "grassroots-gateway";
    /** UUID of the org unit whose subtree the caller may see. */
    public static final String ORG_UNIT_ID = "orgUnitId";
    /** That unit's path (ltree of node numbers); absent means the whole tree (ADMIN, internal clients). */
    public static final String ORG_PATH = "orgPath";
    /** For DEPARTMENT_LIAISON: the department they answer for. */
    public static final String DEPARTMENT_ID = "departmentId";
}

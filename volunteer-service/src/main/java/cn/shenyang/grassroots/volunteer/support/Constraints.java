package cn.shenyang.grassroots.volunteer.support;

import org.hibernate.exception.ConstraintViolationException;

/** Which database constraint a failed write broke, so a rule the database enforces answers in words. */
public final class Constraints {
    private Constraints() {}

    /** True when {@code e} or a cause is the violation of the named constraint or unique index. */
    public static boolean violated(Throwable e, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && name.equalsIgnoreCase(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}

package cn.shenyang.grassroots.orgstructure.support;

import java.time.LocalDate;

/** Values of native-query rows whose Java type depends on the driver's mapping. */
public final class Rows {
    private Rows() {}

    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    public static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

package cn.shenyang.grassroots.rural.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan with two decimals, end to end: what the database stores as numeric(14,2). */
public final class Money {
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {}

    /** The amount with exactly two decimals (half-up), or 0.00 for null. */
    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** part / whole as a decimal rounded half-up to 4 places; null when whole is 0. */
    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    /** part / whole as a decimal rounded half-up to 4 places; null when whole is null or 0. */
    public static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        return part == null || whole == null || whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}

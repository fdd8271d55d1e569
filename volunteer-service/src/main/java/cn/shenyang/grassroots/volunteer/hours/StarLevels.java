package cn.shenyang.grassroots.volunteer.hours;

import java.math.BigDecimal;
import java.util.List;

/**
 * Star levels from cumulative service hours, as the national volunteer-record rules set them:
 * 1★ from 100 h, 2★ 300 h, 3★ 600 h, 4★ 1,000 h, 5★ 1,500 h, each threshold inclusive. Not
 * configurable: a certificate means the same everywhere.
 */
public final class StarLevels {
    private StarLevels() {}

    /** The hours at which each star level begins; index 0 is 1★. */
    public static final List<BigDecimal> THRESHOLDS = List.of(new BigDecimal("100"), new BigDecimal("300"),
            new BigDecimal("600"), new BigDecimal("1000"), new BigDecimal("1500"));

    public static final int MAX = THRESHOLDS.size();

    /** 0 to 5. */
    public static int starsFor(BigDecimal cumulativeHours) {
        int stars = 0;
        for (BigDecimal threshold : THRESHOLDS) {
            if (cumulativeHours.compareTo(threshold) >= 0) {
                stars++;
            }
        }
        return stars;
    }

    /** The hours at which {@code stars} begins (1 to 5). */
    public static BigDecimal threshold(int stars) {
        return THRESHOLDS.get(stars - 1);
    }

    /** The thresholds as SQL rows {@code (stars, threshold)}, for joining in a query. */
    static String valuesRows() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < THRESHOLDS.size(); i++) {
            rows.append(i == 0 ? "" : ", ").append('(').append(i + 1).append(", ").append(THRESHOLDS.get(i).toPlainString())
                    .append(')');
        }
        return rows.toString();
    }
}

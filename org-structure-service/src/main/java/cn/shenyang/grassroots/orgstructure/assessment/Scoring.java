package cn.shenyang.grassroots.orgstructure.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An assessment's arithmetic: the total is the sum of weight × score / 100 over the year's
 * indicators (weights sum to 100), rounded half-up to 2 places; grades EXCELLENT from 90, GOOD from
 * 80, PASS from 60. One-vote veto: a party-building score below its pass mark fails the whole
 * assessment whatever the total.
 */
public final class Scoring {
    static final BigDecimal EXCELLENT = BigDecimal.valueOf(90);
    static final BigDecimal GOOD = BigDecimal.valueOf(80);
    static final BigDecimal PASS = BigDecimal.valueOf(60);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public record Indicator(String code, String name, BigDecimal weight, boolean partyBuilding, BigDecimal passMark) {}

    public record Result(BigDecimal total, boolean vetoed, Grade grade) {}

    private Scoring() {}

    /** Why a year's indicator set cannot be used; empty when it can. */
    public static List<String> refusals(List<Indicator> indicators) {
        List<String> refusals = new ArrayList<>();
        BigDecimal sum = indicators.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) != 0) {
            refusals.add("weights must add up to 100; they add up to " + sum.stripTrailingZeros().toPlainString());
        }
        long partyBuilding = indicators.stream().filter(Indicator::partyBuilding).count();
        if (partyBuilding != 1) {
            refusals.add("exactly one indicator is the party-building one (with the veto); " + partyBuilding + " are");
        }
        indicators.stream().filter(i -> i.partyBuilding() && i.passMark() == null).findAny()
                .ifPresent(i -> refusals.add("the party-building indicator " + i.code() + " needs a passMark"));
        return refusals;
    }

    /** The result for scores by indicator code; every indicator must have a score (checked by the caller). */
    public static Result score(List<Indicator> indicators, Map<String, BigDecimal> scores) {
        BigDecimal total = BigDecimal.ZERO;
        boolean vetoed = false;
        for (Indicator i : indicators) {
            BigDecimal score = scores.get(i.code());
            total = total.add(i.weight().multiply(score));
            if (i.partyBuilding() && score.compareTo(i.passMark()) < 0) {
                vetoed = true;
            }
        }
        total = total.divide(HUNDRED, 2, RoundingMode.HALF_UP);
        Grade grade = vetoed ? Grade.FAIL
                : total.compareTo(EXCELLENT) >= 0 ? Grade.EXCELLENT
                : total.compareTo(GOOD) >= 0 ? Grade.GOOD
                : total.compareTo(PASS) >= 0 ? Grade.PASS
                : Grade.FAIL;
        return new Result(total, vetoed, grade);
    }
}

package cn.shenyang.grassroots.orgstructure.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weighted totals, grade boundaries and the one-vote veto, with the boundaries spelled out. */
class ScoringTest {
    private static final List<Scoring.Indicator> YEAR = List.of(
            new Scoring.Indicator("PARTY_BUILDING", "Party building", new BigDecimal("40"), true, new BigDecimal("60")),
            new Scoring.Indicator("DEVELOPMENT", "Development", new BigDecimal("35"), false, null),
            new Scoring.Indicator("LIVELIHOOD", "Livelihood", new BigDecimal("25"), false, null));

    private static Scoring.Result score(String party, String development, String livelihood) {
        return Scoring.score(YEAR, Map.of("PARTY_BUILDING", new BigDecimal(party), "DEVELOPMENT", new BigDecimal(development),
                "LIVELIHOOD", new BigDecimal(livelihood)));
    }

    @Test
    void theTotalIsTheWeightedSumRoundedHalfUp() {
        // 0.40 × 95 + 0.35 × 88.5 + 0.25 × 77.3 = 38 + 30.975 + 19.325 = 88.3
        assertEquals(new Scoring.Result(new BigDecimal("88.30"), false, Grade.GOOD), score("95", "88.5", "77.3"));
        // 0.40 × 90 + 0.35 × 90.01 + 0.25 × 90 = 90.0035 → 90.00
        assertEquals(new BigDecimal("90.00"), score("90", "90.01", "90").total());
        // 0.35 × 90.03 = 31.5105 → total 90.0105 → 90.01
        assertEquals(new BigDecimal("90.01"), score("90", "90.03", "90").total());
    }

    @Test
    void gradesStartAtNinetyEightyAndSixty() {
        assertEquals(Grade.EXCELLENT, score("90", "90", "90").grade());
        assertEquals(Grade.GOOD, score("89.99", "89.99", "89.99").grade());
        assertEquals(Grade.GOOD, score("80", "80", "80").grade());
        assertEquals(Grade.PASS, score("79.99", "79.99", "79.99").grade());
        assertEquals(Grade.PASS, score("60", "60", "60").grade());
        assertEquals(Grade.FAIL, score("60", "59.99", "59.99").grade());
    }

    @Test
    void aPartyBuildingScoreBelowItsPassMarkFailsWhateverTheTotal() {
        Scoring.Result vetoed = score("59.99", "100", "100");
        assertEquals(new Scoring.Result(new BigDecimal("84.00"), true, Grade.FAIL), vetoed);
        assertEquals(Grade.GOOD, score("60", "100", "100").grade()); // the pass mark itself passes
    }

    @Test
    void anIndicatorSetNeedsWeightsOfOneHundredAndOnePartyBuildingIndicator() {
        assertEquals(List.of(), Scoring.refusals(YEAR));
        assertEquals(List.of("weights must add up to 100; they add up to 75",
                "exactly one indicator is the party-building one (with the veto); 0 are"),
                Scoring.refusals(List.of(YEAR.get(1), new Scoring.Indicator("X", "x", new BigDecimal("40"), false, null))));
        assertEquals(List.of("the party-building indicator P needs a passMark"), Scoring.refusals(List.of(
                new Scoring.Indicator("P", "p", new BigDecimal("100"), true, null))));
    }
}

package cn.shenyang.grassroots.rural.stats;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static cn.shenyang.grassroots.rural.support.Fixtures.act;
import static cn.shenyang.grassroots.rural.support.Fixtures.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import cn.shenyang.grassroots.rural.support.Fixtures;
import cn.shenyang.grassroots.rural.support.SqlCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The indicators against expectations computed here, independently, from a generated data set: a
 * county of three towns and 24 villages with returns over seven years (some never reported, some
 * only reported, reviewed or returned, most confirmed, some corrected after confirmation and some of
 * those confirmed again), incomes that sit exactly on the thresholds and differences exactly on them,
 * and demonstration ratings for 2020. Every figure is compared for every year, under both statuses.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncomeStatsResourceTest {
    private static final int FIRST = 2015;
    private static final int LAST = 2021;
    private static final List<BigDecimal> DEFAULT_THRESHOLDS = List.of(yuan("50000"), yuan("200000"), yuan("1000000"));
    private static final List<BigDecimal> PALETTE = List.of(yuan("0"), yuan("0.01"), yuan("49999.99"), yuan("50000"),
            yuan("50000.01"), yuan("120000"), yuan("199999.99"), yuan("200000"), yuan("250000"), yuan("450000"),
            yuan("1000000"), yuan("1200000"), yuan("2300000"));
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    /** One village's return for one year as the test made it. */
    static final class Income {
        UUID id;
        BigDecimal current;
        BigDecimal confirmed;
        String status;
    }

    private Fixtures.Unit county;
    private final List<Fixtures.Unit> towns = new ArrayList<>();
    private final Map<UUID, Fixtures.Unit> townOf = new HashMap<>();
    private final List<Fixtures.Unit> villages = new ArrayList<>();
    private final Map<String, Income> incomes = new HashMap<>();
    private final Map<UUID, String> rating2020 = new HashMap<>();
    private final Set<Integer> medianCountParities = new HashSet<>();

    /** Once per class, in the first test: Quarkus points rest-assured at the test port only around test methods. */
    @BeforeEach
    void generate() {
        if (county != null) {
            return;
        }
        county = Fixtures.unit(Fixtures.root(), "COUNTY_CITY");
        for (int size : new int[] {9, 8, 7}) {
            Fixtures.Unit town = Fixtures.unit(county, "TOWN");
            towns.add(town);
            for (int i = 0; i < size; i++) {
                Fixtures.Unit v = Fixtures.unit(town, "VILLAGE");
                villages.add(v);
                townOf.put(v.id(), town);
            }
        }
        Random random = new Random(2020);
        StringBuilder csv = new StringBuilder("villageId,year,land,service,evidenceRef,reportedOn,reviewedOn,confirmedOn\n");
        List<String> keys = new ArrayList<>();
        for (int vi = 0; vi < villages.size(); vi++) {
            Fixtures.Unit v = villages.get(vi);
            for (int year = FIRST; year <= LAST; year++) {
                BigDecimal forced = forced(vi, year);
                if (forced == null && random.nextInt(100) < 12) {
                    continue;
                }
                BigDecimal amount = forced != null ? forced : pick(random);
                int plan = forced != null ? 0 : random.nextInt(100);
                String status = plan < 70 ? "CONFIRMED" : plan < 85 ? "REPORTED" : plan < 93 ? "TOWNSHIP_REVIEWED" : "RETURN";
                BigDecimal land = land(amount);
                csv.append(v.id()).append(',').append(year).append(',').append(land.toPlainString()).append(',')
                        .append(amount.subtract(land).toPlainString()).append(",台账-").append(year).append(',')
                        .append(year + 1).append("-01-10,")
                        .append(status.equals("CONFIRMED") || status.equals("TOWNSHIP_REVIEWED") ? (year + 1) + "-01-20" : "")
                        .append(',').append(status.equals("CONFIRMED") ? (year + 1) + "-02-01" : "").append('\n');
                Income income = new Income();
                income.current = amount;
                income.confirmed = status.equals("CONFIRMED") ? amount : null;
                income.status = status.equals("RETURN") ? "REPORTED" : status;
                incomes.put(key(v.id(), year), income);
                keys.add(key(v.id(), year));
                if (status.equals("RETURN")) {
                    income.status = "RETURNED";
                }
            }
        }
        JsonPath report = asAdmin().contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/collective-incomes/import").then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
        assertEquals(incomes.size(), report.getInt("imported"));
        for (Map<String, Object> row : report.<Map<String, Object>>getList("rows")) {
            incomes.get(key(UUID.fromString((String) row.get("villageId")), (Integer) row.get("year"))).id =
                    UUID.fromString((String) row.get("incomeId"));
        }
        for (String key : keys) {
            Income income = incomes.get(key);
            int year = Integer.parseInt(key.substring(key.indexOf('/') + 1));
            if (income.status.equals("RETURNED")) {
                act(asAdmin(), income.id.toString(), step("RETURN", "reason", "缺少证明", "occurredOn", (year + 1) + "-01-25"))
                        .statusCode(200);
            } else if (income.status.equals("CONFIRMED") && forced(villageIndex(key), year) == null
                    && random.nextInt(100) < 15) {
                // corrected after confirmation; the confirmed figure counts until the correction is confirmed
                BigDecimal corrected = pick(random);
                if (corrected.equals(income.current)) {
                    corrected = corrected.add(yuan("1"));
                }
                act(asAdmin(), income.id.toString(), step("CORRECT", "reason", "审计更正", "occurredOn", (year + 1) + "-06-01",
                        "amounts", Map.of("land", land(corrected), "service", corrected.subtract(land(corrected)))))
                        .statusCode(200);
                income.current = corrected;
                income.status = "REPORTED";
                if (random.nextBoolean()) {
                    Fixtures.confirm(income.id.toString(), (year + 1) + "-06-10", (year + 1) + "-06-20");
                    income.confirmed = corrected;
                    income.status = "CONFIRMED";
                }
            }
        }
        String[] ratings = {"DEMONSTRATION", "UPGRADED", "BASIC", null};
        for (int vi = 0; vi < villages.size(); vi++) {
            String r = vi < 7 ? "DEMONSTRATION" : ratings[random.nextInt(ratings.length)];
            if (r != null) {
                Fixtures.post("/api/v1/demonstration-ratings", Map.of("orgUnitId", villages.get(vi).id().toString(),
                        "year", 2020, "rating", r, "ratedOn", "2020-12-20"));
                rating2020.put(villages.get(vi).id(), r);
            }
        }
    }

    /** The first seven villages hold the boundary cases for 2019 → 2020, confirmed. */
    private static BigDecimal forced(int village, int year) {
        if (year != 2019 && year != 2020 || village > 6) {
            return null;
        }
        String[][] pairs = {
            {"50000", "250000"},       // rose by exactly 200,000: not "more than"
            {"49999.99", "250000"},    // rose by 200,000.01; newly at or above 50,000 and 200,000
            {"200000", "1200000"},     // rose by exactly 1,000,000
            {"199999.99", "1200000"},  // rose by 1,000,000.01
            {"0", "50000"},            // hollow cleared, newly at exactly 50,000
            {"0", "0"},                // still hollow
            {"49999.99", "49999.99"}};
        return yuan(pairs[village][year - 2019]);
    }

    @Test
    void everyFigureMatchesForEveryYearUnderBothStatuses() {
        List<UUID> all = villages.stream().map(Fixtures.Unit::id).toList();
        for (int year = FIRST; year <= LAST; year++) {
            for (boolean any : new boolean[] {false, true}) {
                JsonPath stats = stats(asAdmin().queryParam("status", any ? "ANY" : "CONFIRMED"), county.id(), year);
                String where = year + (any ? " ANY" : " CONFIRMED");
                assertEquals(county.name(), stats.getString("orgUnitName"));
                assertEquals(any ? "ANY" : "CONFIRMED", stats.getString("status"));
                assertFigures(expected(all, year, any, DEFAULT_THRESHOLDS), stats.getMap("figures"), where);
            }
        }
        assertEquals(Set.of(0, 1), medianCountParities, "the data set has odd and even counts of reporting villages");
    }

    @Test
    void theArticlesBoundariesCountAsDefined() {
        JsonPath stats = stats(asAdmin(), county.id(), 2020);
        List<UUID> all = villages.stream().map(Fixtures.Unit::id).toList();
        Map<String, Object> expected = expected(all, 2020, false, DEFAULT_THRESHOLDS);
        assertFigures(expected, stats.getMap("figures"), "2020");
        // the forced villages alone, over a township-free subset: the three boundary pairs behave as written
        JsonPath first = stats(asAdmin().queryParam("threshold", "50000").queryParam("threshold", "200000")
                .queryParam("threshold", "1000000").queryParam("threshold", "0.01"), county.id(), 2020);
        assertFigures(expected(all, 2020, false, List.of(yuan("50000"), yuan("200000"), yuan("1000000"), yuan("0.01"))),
                first.getMap("figures"), "2020 with 0.01");
        assertTrue(stats.getInt("figures.hollowCleared") >= 1 && stats.getInt("figures.hollow") >= 1);
    }

    @Test
    void aDemonstrationRatingFilterCountsOnlyThoseVillages() {
        List<UUID> demonstration = villages.stream().map(Fixtures.Unit::id)
                .filter(id -> "DEMONSTRATION".equals(rating2020.get(id))).toList();
        for (boolean any : new boolean[] {false, true}) {
            JsonPath stats = stats(asAdmin().queryParam("demonstrationRating", "DEMONSTRATION")
                    .queryParam("status", any ? "ANY" : "CONFIRMED"), county.id(), 2020);
            assertEquals("DEMONSTRATION", stats.getString("demonstrationRating"));
            assertFigures(expected(demonstration, 2020, any, DEFAULT_THRESHOLDS), stats.getMap("figures"), "demonstration");
        }
        asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020)
                .queryParam("demonstrationRating", "WHOLE_TOWNSHIP_DEMONSTRATION").get("/api/v1/collective-income-stats")
                .then().statusCode(400).body("violations[0].field", org.hamcrest.Matchers.equalTo("demonstrationRating"));
    }

    @Test
    void thePerTownshipTableHasTheSameFiguresForEachTownsVillages() {
        for (int year : new int[] {2016, 2020}) {
            JsonPath page = new JsonPath(asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", year)
                    .queryParam("size", 2).get("/api/v1/collective-income-stats/townships").then().statusCode(200)
                    .extract().asString()).using(DECIMALS);
            assertEquals(3, page.getInt("totalItems"));
            assertEquals(2, page.getList("items").size());
            JsonPath rest = new JsonPath(asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", year)
                    .queryParam("size", 2).queryParam("page", 1).get("/api/v1/collective-income-stats/townships").then()
                    .statusCode(200).extract().asString()).using(DECIMALS);
            List<Map<String, Object>> rows = new ArrayList<>(page.getList("items"));
            rows.addAll(rest.getList("items"));
            assertEquals(3, rows.size());
            for (Map<String, Object> row : rows) {
                UUID town = UUID.fromString((String) row.get("townshipId"));
                List<UUID> its = villages.stream().filter(v -> townOf.get(v.id()).id().equals(town))
                        .map(Fixtures.Unit::id).toList();
                assertEquals(townOf.get(its.get(0)).name(), row.get("townshipName"));
                @SuppressWarnings("unchecked")
                Map<String, Object> figures = (Map<String, Object>) row.get("figures");
                assertFigures(expected(its, year, false, DEFAULT_THRESHOLDS), figures, "township " + year);
            }
        }
    }

    @Test
    void eachVillagesGrowthIsItsChangeOverThePreviousYear() {
        for (boolean any : new boolean[] {false, true}) {
            JsonPath page = new JsonPath(asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020)
                    .queryParam("status", any ? "ANY" : "CONFIRMED").queryParam("size", 200)
                    .get("/api/v1/collective-income-stats/villages").then().statusCode(200).extract().asString())
                    .using(DECIMALS);
            assertEquals(villages.size(), page.getInt("totalItems"));
            for (Map<String, Object> row : page.<Map<String, Object>>getList("items")) {
                UUID v = UUID.fromString((String) row.get("villageId"));
                BigDecimal y0 = income(v, 2020, any);
                BigDecimal y1 = income(v, 2019, any);
                Income stored = incomes.get(key(v, 2020));
                String where = "village " + v + (any ? " ANY" : "");
                assertEquals(stored == null ? null : stored.status, row.get("status"), where);
                assertMoney(y0, row.get("income"), where);
                assertMoney(y1, row.get("previousYearIncome"), where);
                assertMoney(y0 == null || y1 == null ? null : y0.subtract(y1), row.get("change"), where);
                assertMoney(y0 == null || y1 == null || y1.signum() == 0 ? null
                        : y0.subtract(y1).divide(y1, 4, RoundingMode.HALF_UP), row.get("growthRate"), where);
                assertEquals(townOf.get(v).id().toString(), row.get("townshipId"));
            }
        }
        List<Object> byIncome = new JsonPath(asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020)
                .queryParam("sort", "-income").queryParam("size", 200).get("/api/v1/collective-income-stats/villages")
                .asString()).using(DECIMALS).getList("items.income");
        for (int i = 1; i < byIncome.size(); i++) {
            Object before = byIncome.get(i - 1);
            Object after = byIncome.get(i);
            assertTrue(after == null || before != null && ((BigDecimal) before).compareTo((BigDecimal) after) >= 0,
                    "descending by income, villages without one last: " + byIncome);
        }
    }

    @Test
    void theIndicatorsAreTheUnitLookupAndOneAggregateWithoutAFlush() {
        SqlCounter.Counts subtree = SqlCounter.count(() -> stats(asAdmin(), county.id(), 2020));
        assertEquals(2, subtree.statements(), "the unit, then every figure in one statement");
        assertEquals(0, subtree.flushes());
        assertEquals(0, subtree.entitiesLoaded());
        SqlCounter.Counts townships = SqlCounter.count(() -> asAdmin().queryParam("orgUnitId", county.id())
                .queryParam("year", 2020).get("/api/v1/collective-income-stats/townships").then().statusCode(200));
        assertEquals(2, townships.statements(), "the unit, then every township's figures in one statement");
    }

    @Test
    void statisticsCountOnlyTheCallersSubtree() {
        Fixtures.Unit town = towns.get(1);
        RequestSpecification manager = TestTokens.as("town-manager", Roles.ORG_MANAGER, town.path());
        List<UUID> its = villages.stream().filter(v -> townOf.get(v.id()).equals(town)).map(Fixtures.Unit::id).toList();
        assertFigures(expected(its, 2020, false, DEFAULT_THRESHOLDS), stats(manager, town.id(), 2020).getMap("figures"),
                "own township");
        TestTokens.as("town-manager", Roles.ORG_MANAGER, town.path()).queryParam("orgUnitId", county.id())
                .queryParam("year", 2020)
                .get("/api/v1/collective-income-stats").then().statusCode(400);
        asAdmin().queryParam("orgUnitId", county.id()).get("/api/v1/collective-income-stats").then().statusCode(400);
        asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020).queryParam("threshold", "-1")
                .get("/api/v1/collective-income-stats").then().statusCode(400);
        asAdmin().queryParam("orgUnitId", county.id()).queryParam("year", 2020).queryParam("threshold", "1.001")
                .get("/api/v1/collective-income-stats").then().statusCode(400);
    }

    // --- expectations, computed from what the test made --------------------------------------------

    private BigDecimal income(UUID village, int year, boolean any) {
        Income i = incomes.get(key(village, year));
        return i == null ? null : any ? i.current : i.confirmed;
    }

    private Map<String, Object> expected(List<UUID> set, int year, boolean any, List<BigDecimal> thresholds) {
        Map<String, Object> e = new LinkedHashMap<>();
        long reporting = 0, previous = 0, both = 0, hollow = 0, hollowPrevious = 0, cleared = 0;
        BigDecimal total = yuan("0"), previousTotal = yuan("0"), land = yuan("0"), service = yuan("0");
        List<BigDecimal> values = new ArrayList<>();
        for (UUID v : set) {
            BigDecimal y0 = income(v, year, any);
            BigDecimal y1 = income(v, year - 1, any);
            if (y0 != null) {
                reporting++;
                total = total.add(y0);
                values.add(y0);
                land = land.add(land(y0));
                service = service.add(y0.subtract(land(y0)));
                if (y0.signum() == 0) {
                    hollow++;
                }
            }
            if (y1 != null) {
                previous++;
                previousTotal = previousTotal.add(y1);
                if (y1.signum() == 0) {
                    hollowPrevious++;
                    if (y0 != null && y0.signum() > 0) {
                        cleared++;
                    }
                }
            }
            if (y0 != null && y1 != null) {
                both++;
            }
        }
        e.put("villages", (long) set.size());
        e.put("villagesReporting", reporting);
        e.put("villagesReportingPreviousYear", previous);
        e.put("villagesReportingBothYears", both);
        e.put("hollow", hollow);
        e.put("hollowPreviousYear", hollowPrevious);
        e.put("hollowCleared", cleared);
        e.put("totalIncome", total);
        e.put("previousYearTotalIncome", previousTotal);
        e.put("totalIncomeChangeRate", previousTotal.signum() == 0 ? null
                : total.subtract(previousTotal).divide(previousTotal, 4, RoundingMode.HALF_UP));
        values.sort(BigDecimal::compareTo);
        e.put("medianIncome", median(values));
        if (!values.isEmpty()) {
            medianCountParities.add(values.size() % 2);
        }
        e.put("totalBySource.land", land);
        e.put("totalBySource.service", service);
        e.put("totalBySource.enclave", yuan("0"));
        List<Map<String, Object>> perThreshold = new ArrayList<>();
        for (BigDecimal t : thresholds) {
            long at = 0, newly = 0, newlyBefore = 0, risen = 0;
            for (UUID v : set) {
                BigDecimal y0 = income(v, year, any);
                BigDecimal y1 = income(v, year - 1, any);
                BigDecimal y2 = income(v, year - 2, any);
                if (y0 != null && y0.compareTo(t) >= 0) {
                    at++;
                    if (y1 == null || y1.compareTo(t) < 0) {
                        newly++;
                    }
                }
                if (y1 != null && y1.compareTo(t) >= 0 && (y2 == null || y2.compareTo(t) < 0)) {
                    newlyBefore++;
                }
                if (y0 != null && y1 != null && y0.subtract(y1).compareTo(t) > 0) {
                    risen++;
                }
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("threshold", t);
            f.put("atOrAbove", at);
            f.put("newlyAbove", newly);
            f.put("newlyAbovePreviousYear", newlyBefore);
            f.put("newlyAboveChange", newly - newlyBefore);
            f.put("newlyAboveChangeRate", newlyBefore == 0 ? null
                    : BigDecimal.valueOf(newly - newlyBefore).divide(BigDecimal.valueOf(newlyBefore), 4, RoundingMode.HALF_UP));
            f.put("risenMoreThan", risen);
            f.put("risenMoreThanRate", both == 0 ? null
                    : BigDecimal.valueOf(risen).divide(BigDecimal.valueOf(both), 4, RoundingMode.HALF_UP));
            perThreshold.add(f);
        }
        e.put("thresholds", perThreshold);
        return e;
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    @SuppressWarnings("unchecked")
    private static void assertFigures(Map<String, Object> expected, Map<String, Object> actual, String where) {
        for (Map.Entry<String, Object> e : expected.entrySet()) {
            if (e.getKey().equals("thresholds")) {
                List<Map<String, Object>> want = (List<Map<String, Object>>) e.getValue();
                List<Map<String, Object>> got = (List<Map<String, Object>>) actual.get("thresholds");
                assertEquals(want.size(), got.size(), where);
                for (int i = 0; i < want.size(); i++) {
                    for (Map.Entry<String, Object> f : want.get(i).entrySet()) {
                        assertValue(f.getValue(), got.get(i).get(f.getKey()), where + " threshold "
                                + want.get(i).get("threshold") + " " + f.getKey());
                    }
                }
            } else if (e.getKey().startsWith("totalBySource.")) {
                Map<String, Object> sources = (Map<String, Object>) actual.get("totalBySource");
                assertValue(e.getValue(), sources.get(e.getKey().substring("totalBySource.".length())), where + " " + e.getKey());
            } else {
                assertValue(e.getValue(), actual.get(e.getKey()), where + " " + e.getKey());
            }
        }
    }

    private static void assertValue(Object expected, Object actual, String where) {
        if (expected instanceof BigDecimal || expected == null) {
            assertMoney((BigDecimal) expected, actual, where);
        } else {
            assertEquals(((Number) expected).longValue(), ((Number) actual).longValue(), where);
        }
    }

    private static void assertMoney(BigDecimal expected, Object actual, String where) {
        if (expected == null) {
            assertNull(actual, where);
            return;
        }
        assertTrue(actual != null && expected.compareTo(new BigDecimal(actual.toString())) == 0,
                where + ": expected " + expected + " but was " + actual);
    }

    private static JsonPath stats(RequestSpecification who, UUID unit, int year) {
        return new JsonPath(who.queryParam("orgUnitId", unit).queryParam("year", year)
                .get("/api/v1/collective-income-stats").then().statusCode(200).extract().asString()).using(DECIMALS);
    }

    private int villageIndex(String key) {
        UUID id = UUID.fromString(key.substring(0, key.indexOf('/')));
        for (int i = 0; i < villages.size(); i++) {
            if (villages.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalStateException(key);
    }

    private static BigDecimal pick(Random random) {
        if (random.nextInt(4) == 0) {
            return BigDecimal.valueOf(random.nextInt(300_000_000), 2);
        }
        return PALETTE.get(random.nextInt(PALETTE.size()));
    }

    private static BigDecimal land(BigDecimal amount) {
        return amount.multiply(new BigDecimal("0.6")).setScale(2, RoundingMode.HALF_UP);
    }

    private static String key(UUID village, int year) {
        return village + "/" + year;
    }

    private static BigDecimal yuan(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY);
    }
}

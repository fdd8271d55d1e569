package cn.shenyang.grassroots.orgstructure.whistle;

import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.chain;
import static cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitFixtures.createId;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.act;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.category;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.department;
import static cn.shenyang.grassroots.orgstructure.support.GovernanceFixtures.whistle;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Whistle statistics against figures this test computes itself from the whistles it generates:
 * random paths through the workflow (returns, late check-ins, low ratings that reopen), dated so
 * that every figure's definition is exercised, plus whistles just outside the period.
 */
@QuarkusTest
class WhistleStatsTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate FROM = LocalDate.of(2024, 5, 1);
    private static final LocalDate TO = LocalDate.of(2024, 5, 31);

    /** Per department: lead assignments, checked in, on time, results reported, returned. */
    private final Map<String, long[]> byDepartment = new HashMap<>();
    private final Map<String, String> departmentNames = new HashMap<>();

    @Test
    void figuresMatchAnIndependentCount() {
        String[] c = chain();
        String second = createId("COMMUNITY", c[2]);
        String[] communities = {c[3], second};
        String[] categories = {category(), category()};
        List<String> departments = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String d = department(c[1]);
            departments.add(d);
            departmentNames.put(d, asAdmin().get("/api/v1/departments/" + d).then().extract().path("name"));
        }
        Random random = new Random(20240501);

        // just outside the period on both sides: never counted
        whistle(c[3], categories[0], "ORDINARY", "2024-04-30T23:59:59+08:00");
        whistle(c[3], categories[0], "ORDINARY", "2024-06-01T00:00:00+08:00");

        long raised = 0, dispatched = 0, checkedIn = 0, onTime = 0, resolved = 0, confirmed = 0, rated = 0, satisfied = 0;
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Long> byCategory = new HashMap<>();
        List<Long> minutes = new ArrayList<>();
        for (int n = 0; n < 36; n++) {
            String urgency = random.nextBoolean() ? "URGENT" : "ORDINARY";
            long checkInLimit = urgency.equals("URGENT") ? 120 : 1440;
            String category = categories[random.nextInt(2)];
            Instant t = FROM.atStartOfDay(SHANGHAI).toInstant().plusSeconds(60L * random.nextInt(30 * 24 * 60));
            if (n == 0) {
                t = FROM.atStartOfDay(SHANGHAI).toInstant(); // the period's first second counts
            }
            String id = whistle(communities[random.nextInt(2)], category, urgency, t.toString());
            raised++;
            byCategory.merge(category, 1L, Long::sum);
            String status = "RAISED";
            boolean firstLeadCheckedIn = false;
            boolean everResolved = false;
            Integer latestRating = null;
            int path = random.nextInt(10);
            if (path > 0) {
                String lead = departments.get(random.nextInt(4));
                t = t.plusSeconds(600);
                step(id, "DISPATCH", t, "leadDepartmentId", lead, "coHandlerDepartmentIds",
                        List.of(departments.get((departments.indexOf(lead) + 1) % 4)));
                dispatched++;
                status = "DISPATCHED";
                Instant assignedAt = t;
                long[] counts = lead(lead);
                if (path == 1 || path == 2) { // returned, before or after checking in, and dispatched anew
                    if (path == 2) {
                        long m = 1 + random.nextInt((int) checkInLimit * 2);
                        t = assignedAt.plusSeconds(60 * m);
                        step(id, "CHECK_IN", t, "departmentId", lead);
                        counts[1]++;
                        if (m <= checkInLimit) {
                            counts[2]++;
                            onTime++;
                        }
                        checkedIn++;
                        firstLeadCheckedIn = true;
                        minutes.add(m);
                    }
                    t = t.plusSeconds(60);
                    step(id, "RETURN", t, "departmentId", lead, "note", "not ours");
                    counts[4]++;
                    lead = departments.get((departments.indexOf(lead) + 2) % 4);
                    t = t.plusSeconds(60);
                    step(id, "REDISPATCH", t, "leadDepartmentId", lead);
                    assignedAt = t;
                    counts = lead(lead);
                }
                if (path >= 2) {
                    long m = 1 + random.nextInt((int) checkInLimit * 2);
                    if (random.nextInt(5) == 0) {
                        m = checkInLimit; // exactly at the deadline: on time
                    }
                    t = assignedAt.plusSeconds(60 * m);
                    step(id, "CHECK_IN", t, "departmentId", lead);
                    status = "IN_PROGRESS";
                    counts[1]++;
                    if (m <= checkInLimit) {
                        counts[2]++;
                    }
                    if (!firstLeadCheckedIn) {
                        checkedIn++;
                        if (m <= checkInLimit) {
                            onTime++;
                        }
                        minutes.add(m);
                    }
                    for (int round = 0; round < 2 && path >= 4 && status.equals("IN_PROGRESS"); round++) {
                        t = t.plusSeconds(3600);
                        step(id, "REPORT_RESULT", t, "departmentId", lead, "note", "done");
                        if (round == 0) { // an assignment counts once however often it reports
                            counts[3]++;
                        }
                        everResolved = true;
                        status = "RESOLVED";
                        if (path >= 6) {
                            int rating = 1 + random.nextInt(5);
                            t = t.plusSeconds(3600);
                            step(id, "CONFIRM", t, "rating", rating);
                            latestRating = rating;
                            status = rating < 3 ? "IN_PROGRESS" : "CLOSED";
                        }
                    }
                }
            }
            if (everResolved) {
                resolved++;
            }
            if (status.equals("CLOSED")) {
                confirmed++;
            }
            if (latestRating != null) {
                rated++;
                if (latestRating >= 4) {
                    satisfied++;
                }
            }
            byStatus.merge(status, 1L, Long::sum);
        }

        JsonPath stats = asAdmin().queryParam("orgUnitId", c[2]).queryParam("from", FROM.toString())
                .queryParam("to", TO.toString()).get("/api/v1/whistles/stats").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(raised, stats.getLong("raised"));
        assertEquals(dispatched, stats.getLong("dispatched"));
        assertEquals(checkedIn, stats.getLong("checkedIn"));
        assertEquals(onTime, stats.getLong("checkedInOnTime"));
        assertEquals(resolved, stats.getLong("resolved"));
        assertEquals(confirmed, stats.getLong("confirmed"));
        assertEquals(rated, stats.getLong("rated"));
        assertEquals(satisfied, stats.getLong("ratedSatisfied"));
        assertEquals(rate(onTime, dispatched), decimal(stats, "responseRate"));
        assertEquals(rate(resolved, dispatched), decimal(stats, "resolutionRate"));
        assertEquals(rate(satisfied, rated), decimal(stats, "satisfactionRate"));
        assertEquals(median(minutes), decimal(stats, "medianMinutesToCheckIn"));
        assertEquals(byStatus, new TreeMap<>(stats.<String, Object>getMap("byStatus").entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue()))));
        for (String category : categories) {
            assertEquals(byCategory.getOrDefault(category, 0L),
                    stats.getLong("byCategory.find { it.categoryId == '" + category + "' }.raised"));
        }

        List<String> expectedOrder = byDepartment.keySet().stream().sorted(Comparator
                .comparing((String d) -> rate(byDepartment.get(d)[2], byDepartment.get(d)[0])).reversed()
                .thenComparing(d -> -byDepartment.get(d)[3]).thenComparing(departmentNames::get)).toList();
        assertEquals(expectedOrder, stats.getList("departmentRanking.departmentId"));
        for (String d : expectedOrder) {
            Map<String, Object> rank = stats.getMap("departmentRanking.find { it.departmentId == '" + d + "' }");
            long[] n = byDepartment.get(d);
            assertEquals(List.of(n[0], n[1], n[2], n[3], n[4]), List.of(num(rank, "leadAssignments"),
                    num(rank, "checkedIn"), num(rank, "checkedInOnTime"), num(rank, "resultsReported"), num(rank, "returned")), d);
            assertEquals(rate(n[2], n[0]), new BigDecimal(rank.get("responseRate").toString()).stripTrailingZeros());
        }

        // a subtree and period with no whistles: zero counts, null rates
        JsonPath empty = asAdmin().queryParam("orgUnitId", c[2]).queryParam("from", "2023-01-01")
                .queryParam("to", "2023-01-31").get("/api/v1/whistles/stats").then().statusCode(200).extract().jsonPath();
        assertEquals(0, empty.getLong("raised"));
        assertNull(empty.get("responseRate"));
        assertNull(empty.get("satisfactionRate"));
        assertNull(empty.get("medianMinutesToCheckIn"));
    }

    private long[] lead(String department) {
        long[] counts = byDepartment.computeIfAbsent(department, d -> new long[5]);
        counts[0]++;
        return counts;
    }

    private static void step(String id, String action, Instant at, Object... more) {
        Map<String, Object> step = new LinkedHashMap<>(Map.of("action", action, "occurredAt", at.toString()));
        for (int i = 0; i < more.length; i += 2) {
            step.put((String) more[i], more[i + 1]);
        }
        act(asAdmin(), id, step).statusCode(200);
    }

    private static long num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    private static BigDecimal decimal(JsonPath json, String key) {
        Object value = json.get(key);
        return value == null ? null : new BigDecimal(value.toString()).stripTrailingZeros();
    }

    /** Compared as numbers: JSON does not keep trailing zeros. */
    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        BigDecimal m = sorted.size() % 2 == 1 ? BigDecimal.valueOf(sorted.get(mid))
                : BigDecimal.valueOf(sorted.get(mid - 1) + sorted.get(mid)).divide(BigDecimal.valueOf(2));
        return m.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}

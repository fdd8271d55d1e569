package cn.shenyang.grassroots.rural.support;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnitChange;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data: org units seeded straight into the replica (the feed consumer itself is tested in
 * platform and org-structure-service), records created over HTTP. Every name and path is unique.
 */
public final class Fixtures {
    private static final AtomicLong NODE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 1000);
    private static final AtomicLong CURSOR = new AtomicLong(1);

    private Fixtures() {}

    public record Unit(UUID id, String path, String level, String name) {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Unit root() {
        return unit(null, "CITY");
    }

    public static Unit unit(Unit parent, String level) {
        long node = NODE.incrementAndGet();
        String path = parent == null ? Long.toString(node) : parent.path() + "." + node;
        Unit u = new Unit(UUID.randomUUID(), path, level, unique(level.toLowerCase()));
        apply(new OrgUnitChange(0, u.id(), "CREATED", u.name(), level, parent == null ? null : parent.id(), path,
                null, "ACTIVE", 0));
        return u;
    }

    public static void dissolve(Unit u, UUID parentId) {
        apply(new OrgUnitChange(0, u.id(), "DISSOLVED", u.name(), u.level(), parentId, u.path(), null, "DISSOLVED", 1));
    }

    private static void apply(OrgUnitChange change) {
        long cursor = CURSOR.incrementAndGet();
        Arc.container().instance(OrgReplica.class).get().apply(new OrgUnitChange.Batch(List.of(change), cursor));
    }

    /** city → county-level city (Xinmin is one) → town → village. */
    public record Tree(Unit city, Unit county, Unit township, Unit village) {
        /** An ORG_MANAGER whose scope is {@code unit}. */
        public RequestSpecification manager(Unit unit) {
            return TestTokens.as("manager-" + unit.level().toLowerCase(), Roles.ORG_MANAGER, unit.path());
        }
    }

    public static Tree tree() {
        Unit city = root();
        Unit county = unit(city, "COUNTY_CITY");
        Unit township = unit(county, "TOWN");
        return new Tree(city, county, township, unit(township, "VILLAGE"));
    }

    /** Amounts by source, as a request sends them; more sources as name/value pairs. */
    public static Map<String, Object> amounts(Object land, Object enclave, Object capablePerson, Object... more) {
        Map<String, Object> m = new HashMap<>();
        m.put("land", land);
        m.put("enclave", enclave);
        m.put("capablePerson", capablePerson);
        for (int i = 0; i < more.length; i += 2) {
            m.put((String) more[i], more[i + 1]);
        }
        return m;
    }

    public static Map<String, Object> income(UUID villageId, int year, Map<String, Object> amounts) {
        Map<String, Object> body = new HashMap<>();
        body.put("villageId", villageId.toString());
        body.put("year", year);
        body.put("amounts", amounts);
        body.put("reportedOn", (year + 1) + "-01-15");
        body.put("evidenceRef", "村集体经济收入报表-" + year);
        return body;
    }

    public static String createIncome(UUID villageId, int year, Map<String, Object> amounts) {
        return asAdmin().contentType(ContentType.JSON).body(income(villageId, year, amounts))
                .post("/api/v1/collective-incomes").then().statusCode(201).extract().path("id");
    }

    public static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A review step on return {@code id} by {@code who}, with the current ETag. */
    public static ValidatableResponse act(RequestSpecification who, String id, Map<String, Object> body) {
        return who.contentType(ContentType.JSON).header("If-Match", etag("/api/v1/collective-incomes/" + id)).body(body)
                .post("/api/v1/collective-incomes/" + id + "/actions").then();
    }

    public static Map<String, Object> step(String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Reviews and confirms a return as admin on the given days. */
    public static void confirm(String id, String reviewedOn, String confirmedOn) {
        act(asAdmin(), id, step("REVIEW", "occurredOn", reviewedOn)).statusCode(200);
        act(asAdmin(), id, step("CONFIRM", "occurredOn", confirmedOn)).statusCode(200);
    }

    public static String post(String path, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}

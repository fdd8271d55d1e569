package cn.shenyang.grassroots.cadre.support;

import cn.shenyang.grassroots.platform.testing.TestClock;
import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnitChange;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data: org units seeded straight into the replica (the feed consumer itself is tested in
 * org-structure-service), and reserve cadres created over HTTP. Every name and number is unique.
 */
public final class Fixtures {
    private static final AtomicLong NODE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 1000);
    private static final AtomicLong CURSOR = new AtomicLong(1);
    private static final AtomicLong PERSON = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 90_000) * 10);

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

    /** city → district → town (镇, the usual township-level unit of rural Liaozhong) → village. */
    public record Tree(Unit city, Unit district, Unit township, Unit village) {}

    public static Tree tree() {
        Unit city = root();
        Unit district = unit(city, "DISTRICT");
        Unit township = unit(district, "TOWN");
        return new Tree(city, district, township, unit(township, "VILLAGE"));
    }

    /** A valid, unique resident ID number for someone born on {@code birthDate}. */
    public static String idNumber(LocalDate birthDate) {
        long seq = PERSON.incrementAndGet() % 1000;
        String first17 = "210115" + birthDate.toString().replace("-", "") + String.format("%03d", seq);
        return first17 + IdNumbers.checkCharacter(first17);
    }

    public static Map<String, Object> cadreBody(UUID villageId) {
        LocalDate birth = LocalDate.of(1992, 3, 14);
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("王雏雁"));
        body.put("gender", "FEMALE");
        body.put("birthDate", birth.toString());
        body.put("idNumber", idNumber(birth));
        body.put("phone", "13812345678");
        body.put("education", "BACHELOR");
        body.put("partyStatus", "NONE");
        body.put("villageId", villageId.toString());
        body.put("source", "COLLEGE_GRADUATE_OFFICIAL");
        body.put("channel", "PARTY_ORGANIZATION");
        return body;
    }

    public static String createCadre(Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/reserve-cadres")
                .then().statusCode(201).extract().path("id");
    }

    public static String createCadre(UUID villageId) {
        return createCadre(cadreBody(villageId));
    }

    public static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Performs an action as admin with the current ETag; returns the response for assertions. */
    public static io.restassured.response.ValidatableResponse act(String cadreId, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/reserve-cadres/" + cadreId))
                .body(body).post("/api/v1/reserve-cadres/" + cadreId + "/transitions").then();
    }

    public static Map<String, Object> action(String action, Object... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Drives a new cadre all the way into the pool with the clock at {@code day} (publicity passed on a later day). */
    public static void toReserve(String cadreId, LocalDate day) {
        TestClock.set(day);
        act(cadreId, action("QUALIFY")).statusCode(200);
        act(cadreId, action("NOMINATE", "votesFor", 30, "votesCast", 40)).statusCode(200);
        act(cadreId, action("INSPECT", "inspectionReport", "群众公认度高", "writtenTestScore", 82.5,
                "interviewScore", 88)).statusCode(200);
        act(cadreId, action("PUBLICIZE")).statusCode(200);
        TestClock.set(day.plusDays(14));
        act(cadreId, action("ADMIT")).statusCode(200);
    }
}

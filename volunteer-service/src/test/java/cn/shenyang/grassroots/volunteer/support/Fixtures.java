package cn.shenyang.grassroots.volunteer.support;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import cn.shenyang.grassroots.platform.orgreplica.OrgReplica;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnitChange;
import cn.shenyang.grassroots.platform.privacy.IdNumbers;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test data: org units seeded straight into the replica (the feed consumer itself is tested in
 * platform and org-structure-service), everything else created over HTTP. Every name and number is unique.
 */
public final class Fixtures {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicLong NODE = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000) * 1000);
    private static final AtomicLong CURSOR = new AtomicLong(1);
    private static final AtomicLong PERSON = new AtomicLong();

    static {
        // a failing assertion shows the request and the answer (on the test's output, not the service's log)
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() {}

    public record Unit(UUID id, String path, String level, String name) {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Unit unit(Unit parent, String level) {
        long node = NODE.incrementAndGet();
        String path = parent == null ? Long.toString(node) : parent.path() + "." + node;
        Unit u = new Unit(UUID.randomUUID(), path, level, unique(level.toLowerCase()));
        apply(new OrgUnitChange(0, u.id(), "CREATED", u.name(), level, parent == null ? null : parent.id(), path, null,
                "ACTIVE", 0));
        return u;
    }

    public static void dissolve(Unit u, UUID parentId) {
        apply(new OrgUnitChange(0, u.id(), "DISSOLVED", u.name(), u.level(), parentId, u.path(), null, "DISSOLVED", 1));
    }

    private static void apply(OrgUnitChange change) {
        Arc.container().instance(OrgReplica.class).get()
                .apply(new OrgUnitChange.Batch(List.of(change), CURSOR.incrementAndGet()));
    }

    /** city → district (苏家屯区) → sub-district → community, and a second community of the same sub-district. */
    public record Tree(Unit city, Unit district, Unit subdistrict, Unit community, Unit neighbour) {}

    public static Tree tree() {
        Unit city = unit(null, "CITY");
        Unit district = unit(city, "DISTRICT");
        Unit subdistrict = unit(district, "SUBDISTRICT");
        return new Tree(city, district, subdistrict, unit(subdistrict, "COMMUNITY"), unit(subdistrict, "COMMUNITY"));
    }

    /** A valid, unique resident ID number of someone born on {@code birthDate}, of the given gender. */
    public static String idNumber(LocalDate birthDate, String gender) {
        long n = PERSON.incrementAndGet();
        String region = "21" + String.format("%04d", 100 + (n / 100) % 9000);
        String first17 = region + birthDate.toString().replace("-", "") + String.format("%02d", n % 100)
                + ("MALE".equals(gender) ? "1" : "2");
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** A mobile number no other test uses, so a test can look for it in the log. */
    public static String phone() {
        return "13" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    public static Map<String, Object> volunteerBody(UUID homeCommunityId) {
        LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("志愿者"));
        body.put("gender", "FEMALE");
        body.put("birthDate", birth.toString());
        body.put("idNumber", idNumber(birth, "FEMALE"));
        body.put("phone", phone());
        body.put("homeCommunityId", homeCommunityId.toString());
        body.put("partyMember", true);
        body.put("skills", List.of("FIRST_AID", "HAIRDRESSING"));
        body.put("registeredOn", "2018-03-05");
        return body;
    }

    public static String createVolunteer(Map<String, Object> body) {
        return post("/api/v1/volunteers", body);
    }

    public static String createVolunteer(UUID homeCommunityId) {
        return createVolunteer(volunteerBody(homeCommunityId));
    }

    public static String post(String path, Map<String, Object> body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    public static String etag(String path) {
        return asAdmin().get(path).then().statusCode(200).extract().header("ETag");
    }

    public static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** A time in Shanghai, as the API takes it. */
    public static String at(LocalDate day, int hour, int minute) {
        return OffsetDateTime.of(day.atTime(hour, minute), SHANGHAI.getRules().getOffset(day.atTime(hour, minute))).toString();
    }

    /** A free-standing service record of {@code hours} from {@code hour}:00 on {@code day}, organised by {@code unit}. */
    public static ValidatableResponse record(String volunteerId, UUID unit, LocalDate day, int hour, double hours) {
        int minutes = (int) Math.round(hours * 60);
        return asAdmin().contentType(ContentType.JSON).body(map("volunteerId", volunteerId, "orgUnitId", unit.toString(),
                "startedAt", at(day, hour, 0), "endedAt", at(day, hour + minutes / 60, minutes % 60), "hours", hours))
                .post("/api/v1/service-records").then();
    }
}

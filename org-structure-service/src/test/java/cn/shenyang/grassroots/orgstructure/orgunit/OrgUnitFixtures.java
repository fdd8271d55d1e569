package cn.shenyang.grassroots.orgstructure.orgunit;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Builds org units through the public API, each with a unique name so tests never collide. */
public final class OrgUnitFixtures {
    private OrgUnitFixtures() {}

    private static final AtomicLong CODES = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A division code of {@code digits} digits (a level's tier length) not handed out before in this run. */
    public static String code(int digits) {
        long n = CODES.incrementAndGet() % (long) Math.pow(10, digits - 1);
        return "9" + String.format("%0" + (digits - 1) + "d", n);
    }

    public static ValidatableResponse create(String name, String level, String parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("level", level);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/org-units").then();
    }

    public static String createId(String level, String parentId) {
        return create(unique(level.toLowerCase()), level, parentId).statusCode(201).extract().path("id");
    }

    public static String etag(String id) {
        return asAdmin().get("/api/v1/org-units/" + id).then().statusCode(200).extract().header("ETag");
    }

    /** city → district → sub-district → community; returns the four ids in that order. */
    public static String[] chain() {
        String city = createId("CITY", null);
        String district = createId("DISTRICT", city);
        String subdistrict = createId("SUBDISTRICT", district);
        String community = createId("COMMUNITY", subdistrict);
        return new String[] {city, district, subdistrict, community};
    }
}

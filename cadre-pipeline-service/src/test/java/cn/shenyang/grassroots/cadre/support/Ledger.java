package cn.shenyang.grassroots.cadre.support;

import static cn.shenyang.grassroots.platform.testing.TestTokens.asAdmin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rows of a reserve-cadre ledger for the import, as a jurisdiction would send them. */
public final class Ledger {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Ledger() {}

    /** A candidate recommended on {@code on} who took no further step. */
    public static Map<String, Object> recommended(UUID villageId, LocalDate on) {
        LocalDate birth = LocalDate.of(1990, 5, 5);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", Fixtures.unique("雏雁"));
        row.put("gender", "MALE");
        row.put("birthDate", birth.toString());
        row.put("idNumber", Fixtures.idNumber(birth));
        row.put("education", "SENIOR_HIGH");
        row.put("partyStatus", "NONE");
        row.put("villageId", villageId.toString());
        row.put("source", "VILLAGER_REPRESENTATIVE");
        row.put("channel", "MASS");
        row.put("recommendedOn", on.toString());
        return row;
    }

    /**
     * A candidate recommended on {@code on} and walked into the pool: qualified a week later,
     * nominated after two, inspected after three, publicized on the Monday after four (a 5-day
     * window closing that Friday), admitted the Monday after. Answers the row; admittedOn says when.
     */
    public static Map<String, Object> pooled(UUID villageId, LocalDate on) {
        Map<String, Object> row = recommended(villageId, on);
        LocalDate publicized = on.plusWeeks(4).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        row.put("qualifiedOn", on.plusWeeks(1).toString());
        row.put("nominatedOn", on.plusWeeks(2).toString());
        row.put("votesFor", 30);
        row.put("votesCast", 40);
        row.put("inspectedOn", on.plusWeeks(3).toString());
        row.put("inspectionReport", "群众公认度高");
        row.put("writtenTestScore", 80);
        row.put("interviewScore", 85);
        row.put("publicizedOn", publicized.toString());
        row.put("admittedOn", publicized.plusWeeks(1).toString());
        return row;
    }

    public static LocalDate admittedOn(Map<String, Object> row) {
        return LocalDate.parse((String) row.get("admittedOn"));
    }

    public static String ndjson(List<Map<String, Object>> rows) {
        StringBuilder body = new StringBuilder();
        for (Map<String, Object> row : rows) {
            try {
                body.append(JSON.writeValueAsString(row)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return body.toString();
    }

    public static ValidatableResponse importAsAdmin(List<Map<String, Object>> rows) {
        return importAs(asAdmin(), rows);
    }

    public static ValidatableResponse importAs(RequestSpecification who, List<Map<String, Object>> rows) {
        return send(who, "application/x-ndjson", ndjson(rows));
    }

    /** A raw body of the given media type, as UTF-8 bytes. */
    public static ValidatableResponse send(RequestSpecification who, String mediaType, String body) {
        return who.contentType(mediaType).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reserve-cadres/import").then();
    }
}

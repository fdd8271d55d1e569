package cn.shenyang.grassroots.gates.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Concrete paths for documented templates: each parameter an existing id, found by listing its collection. */
public final class Paths {
    private final String baseUrl;
    private final String token;
    private final Map<String, String> firstIds = new ConcurrentHashMap<>();

    public Paths(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** {@code /api/v1/reserve-cadres/{id}/objections/{objectionId}} with a cadre's id and one of its objections'. */
    public String concrete(String template) {
        String path = template;
        while (path.contains("{")) {
            int open = path.indexOf('{');
            String id = firstId(path.substring(0, open - 1));
            path = path.substring(0, open) + (id == null ? UUID.randomUUID().toString() : id)
                    + path.substring(path.indexOf('}', open) + 1);
        }
        return path;
    }

    private String firstId(String collection) {
        String id = firstIds.computeIfAbsent(collection, c -> {
            Http.Answer a = Http.get(baseUrl + c, token);
            if (a.status() != 200 || !a.contentType().contains("json")) {
                return "";
            }
            JsonNode items = a.json().path("items");
            return items.size() > 0 ? items.get(0).path("id").asText("") : "";
        });
        return id.isEmpty() ? null : id;
    }
}

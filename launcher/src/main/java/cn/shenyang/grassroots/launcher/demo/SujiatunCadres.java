package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sujiatun's cadres sent down in cadre-pipeline: the 2020 intake of postings to the sub-districts —
 * 40 civil servants recruited nationwide by open selection, 19 newly promoted cadres, 364 staff of
 * the four district service centres stationed under the sub-districts' party working committees,
 * and 6 newly promoted service-centre deputies on temporary posts — and the epidemic duty
 * deployments of 2020: 450 cadres at the expressway checkpoints, 156 in community epidemic control,
 * 1,000 on duty at open compounds and 2,000 assisting mass testing.
 */
final class SujiatunCadres {
    static final int PUBLIC_SELECTION = 40;
    static final int NEWLY_PROMOTED = 19;
    static final int SERVICE_CENTRE_STATIONED = 364;
    static final int TEMPORARY_POST = 6;
    static final int HIGHWAY = 450;
    static final int COMMUNITY_EPIDEMIC = 156;
    static final int OPEN_COMPOUND = 1_000;
    static final int MASS_TESTING = 2_000;
    private static final String[] CENTRES = {"区社会治理服务中心", "区城市建设服务中心", "区经济发展服务中心", "区民生保障服务中心"};

    private final Api api;
    private final Loaded loaded;
    private People people;

    SujiatunCadres(Api api, Loaded loaded) {
        this.api = api;
        this.loaded = loaded;
    }

    /** Each step draws from its own seeded source, so a step skipped on a second run changes no other step's data. */
    private void reseed(String step) {
        people = new People(21011103L ^ step.hashCode());
    }

    void load() {
        JsonNode district = api.unit("divisionCode=210111");
        String sjt = district.get("id").asText();
        List<JsonNode> subdistricts = SujiatunGovernance.sorted(api.all("/org-units?parentId=" + sjt + "&level=SUBDISTRICT"));
        postings(sjt, subdistricts);
        deployments(sjt, subdistricts);
    }

    private void postings(String sjt, List<JsonNode> subdistricts) {
        reseed("postings");
        List<ObjectNode> bodies = new ArrayList<>();
        add(bodies, subdistricts, PUBLIC_SELECTION, "PUBLIC_SELECTION", "STAFF", i -> "2020年面向全国公开选调", LocalDate.of(2020, 8, 3));
        add(bodies, subdistricts, NEWLY_PROMOTED, "NEWLY_PROMOTED", "DEPUTY_SECTION_CHIEF",
                i -> SujiatunGovernance.DEPARTMENT_NAMES[(i * 3) % SujiatunGovernance.DEPARTMENT_NAMES.length][0],
                LocalDate.of(2020, 6, 15));
        add(bodies, subdistricts, SERVICE_CENTRE_STATIONED, "SERVICE_CENTRE_STATIONED", "STAFF", i -> CENTRES[i % 4],
                LocalDate.of(2020, 3, 2));
        add(bodies, subdistricts, TEMPORARY_POST, "TEMPORARY_POST", "DEPUTY_SECTION_CHIEF", i -> CENTRES[i % 4],
                LocalDate.of(2020, 9, 1));
        JsonNode counts = api.get("/cadre-postings/counts?orgUnitId=" + sjt + "&year=2020");
        if (counts.get("startedInYear").get("total").asLong() >= bodies.size()) {
            return; // loaded before
        }
        loaded.each(bodies, b -> api.create("/cadre-postings", b, "sjt-posting-" + b.get("idNumber").asText()));
        loaded.add("cadre postings to sub-districts (Sujiatun, 2020 intake)", bodies.size());
    }

    private void add(List<ObjectNode> bodies, List<JsonNode> subdistricts, int n, String source, String rank,
            java.util.function.IntFunction<String> from, LocalDate startsOn) {
        for (int i = 0; i < n; i++) {
            People.Person p = people.person("210111", source.equals("PUBLIC_SELECTION") ? 1992 : 1975,
                    source.equals("PUBLIC_SELECTION") ? 1997 : 1990);
            JsonNode sub = subdistricts.get(i % subdistricts.size());
            bodies.add(Api.object().put("personName", p.name()).put("idNumber", p.idNumber()).put("phone", p.phone())
                    .put("source", source).put("rank", rank).put("fromUnit", from.apply(i)).put("orgUnitId", sub.get("id").asText())
                    .put("post", source.equals("TEMPORARY_POST") ? "挂职副主任" : "街道综合办公室")
                    .put("startsOn", startsOn.plusDays(i % 10).toString())
                    .put("endsOn", source.equals("TEMPORARY_POST") ? "2021-08-31" : null));
        }
    }

    private void deployments(String sjt, List<JsonNode> subdistricts) {
        reseed("deployments");
        JsonNode counts = api.get("/duty-deployments/counts?orgUnitId=" + sjt + "&from=2020-01-01&to=2020-12-31");
        if (counts.get("deployments").asLong() > 0) {
            return; // loaded before
        }
        List<ObjectNode> bodies = new ArrayList<>();
        String[] exits = {"沈大高速苏家屯出口", "沈丹高速姚千出口", "京哈高速林盛出口"};
        for (int i = 0; i < 15; i++) {
            bodies.add(deployment("HIGHWAY_CHECKPOINT", sjt, "高速公路出口检查站", exits[i % 3], "ROTATING", HIGHWAY / 15,
                    LocalDate.of(2020, 1, 26).plusDays(i * 2L), LocalDate.of(2020, 3, 31)));
        }
        for (int i = 0; i < subdistricts.size(); i++) {
            bodies.add(deployment("COMMUNITY_EPIDEMIC_CONTROL", subdistricts.get(i).get("id").asText(), "社区疫情防控卡点",
                    subdistricts.get(i).get("name").asText() + "各社区", "DAY", COMMUNITY_EPIDEMIC / subdistricts.size()
                            + (i < COMMUNITY_EPIDEMIC % subdistricts.size() ? 1 : 0),
                    LocalDate.of(2020, 1, 28), LocalDate.of(2020, 4, 30)));
        }
        for (int i = 0; i < 20; i++) {
            JsonNode sub = subdistricts.get(i % subdistricts.size());
            bodies.add(deployment("OPEN_COMPOUND_DUTY", sub.get("id").asText(), "开放式小区定点值守",
                    sub.get("name").asText() + "开放式小区", "FULL_DAY", OPEN_COMPOUND / 20, LocalDate.of(2020, 2, 3), LocalDate.of(2020, 3, 20)));
        }
        for (int i = 0; i < 40; i++) {
            JsonNode sub = subdistricts.get(i % subdistricts.size());
            bodies.add(deployment("MASS_TESTING", sub.get("id").asText(), "全员核酸检测现场服务", sub.get("name").asText() + "核酸采样点",
                    "DAY", MASS_TESTING / 40, LocalDate.of(2020, 12, 24), LocalDate.of(2020, 12, 30)));
        }
        for (int i = 0; i < bodies.size(); i++) {
            bodies.get(i).put("note", "战时值守第" + (i + 1) + "组");
        }
        loaded.each(bodies, b -> api.create("/duty-deployments", b, "sjt-duty-" + b.get("note").asText()));
        loaded.add("epidemic duty deployments (Sujiatun, 2020)", bodies.size());
        loaded.add("cadres on epidemic duty (Sujiatun, 2020)", HIGHWAY + COMMUNITY_EPIDEMIC + OPEN_COMPOUND + MASS_TESTING);
    }

    private static ObjectNode deployment(String kind, String orgUnitId, String post, String place, String shift, int headcount,
            LocalDate startsOn, LocalDate endsOn) {
        return Api.object().put("kind", kind).put("orgUnitId", orgUnitId).put("post", post).put("place", place).put("shift", shift)
                .put("headcount", headcount).put("startsOn", startsOn.toString()).put("endsOn", endsOn.toString());
    }
}

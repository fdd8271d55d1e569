package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Xinmin's village collective economy, 2011–2020, shaped so that rural-industry's own indicators
 * answer the article's 2020 figures: the 15 hollow villages of 2019 all cleared; 168 villages newly
 * at or above 50,000 yuan in 2020 against 109 in 2019 (+54 %); 5 villages whose income rose by more
 * than 1,000,000; 120 demonstration villages and 14 whole-township demonstrations, 110 of the 120
 * (91.7 %) risen by more than 200,000; 35 weak-and-lax cases closed out; 478 village cadres leading
 * cooperatives and family farms that link 25,000+ households and add 120,000,000 yuan; leading
 * industries in over 80 % of the villages; posts claimed in the article's three named types and others.
 *
 * <p>Every village of the official data takes part (339 VILLAGE units, where the article says 335).
 */
final class XinminRural {
    static final int HOLLOW_2019 = 15;
    static final int NEWLY_ABOVE_2019 = 109;
    static final int NEWLY_ABOVE_2020 = 168;
    static final int MILLION_RISERS = 5;
    static final int DEMONSTRATION_VILLAGES = 120;
    static final int DEMONSTRATION_RISEN_200K = 110;
    static final int DEMONSTRATION_TOWNSHIPS = 14;
    static final int RECTIFICATIONS_CLOSED = 35;
    static final int LEADING_CADRES = 478;
    static final long CADRE_LED_INCOME_INCREASE = 120_000_000L;
    /** The villages the article names: 西高力村 (strawberries) and 兰旗村 (income up by more than a million). */
    private static final List<String> NAMED = List.of("210181108219", "210181117201", "210181104215", "210181102200");

    private enum Group { ALREADY_ABOVE, NEWLY_2019, NEWLY_2020, BELOW }

    private static final class Village {
        final JsonNode unit;
        Group group;
        boolean hollow2019;
        boolean millionRiser;
        boolean demonstration;
        boolean risen200k;
        final long[] cents = new long[10]; // 2011..2020

        Village(JsonNode unit) {
            this.unit = unit;
        }

        String id() {
            return unit.get("id").asText();
        }

        String code() {
            return unit.get("divisionCode").asText();
        }

        long yuan(int year) {
            return cents[year - 2011] / 100;
        }
    }

    private final Api api;
    private final Loaded loaded;
    private People people;
    private Random random;

    XinminRural(Api api, Loaded loaded) {
        this.api = api;
        this.loaded = loaded;
    }

    /** Each step draws from its own seeded source, so a step skipped on a second run changes no other step's data. */
    private void reseed(String step) {
        people = new People(20201231L ^ step.hashCode());
        random = people.random();
    }

    void load() {
        JsonNode xinmin = api.unit("divisionCode=210181");
        String xm = xinmin.get("id").asText();
        List<Village> villages = new ArrayList<>(api.all("/org-units?ancestorId=" + xm + "&level=VILLAGE").stream()
                .sorted(Comparator.comparing(u -> u.get("divisionCode").asText())).map(Village::new).toList());
        List<JsonNode> townships = new ArrayList<>();
        for (String level : List.of("SUBDISTRICT", "TOWN", "TOWNSHIP")) {
            townships.addAll(api.all("/org-units?parentId=" + xm + "&level=" + level));
        }
        townships.sort(Comparator.comparing(u -> u.get("divisionCode").asText()));
        loaded.add("Xinmin villages (official data)", villages.size());
        loaded.add("Xinmin townships and sub-districts (official data)", townships.size());

        plan(villages);
        incomes(villages);
        ratings(villages, townships);
        rectifications(villages);
        cooperatives(villages);
        industries(villages);
        posts(villages);
    }

    /** Assigns each village its part in the 2020 picture, then its ten years of income. */
    private void plan(List<Village> villages) {
        reseed("plan");
        List<Village> order = new ArrayList<>(villages);
        Collections.shuffle(order, random);
        // the named villages first, so 兰旗村 and 西高力村 are among the five that rose by more than a million
        order.sort(Comparator.comparingInt(v -> NAMED.contains(v.code()) ? NAMED.indexOf(v.code()) : NAMED.size()));
        int below = villages.size() - DEMONSTRATION_VILLAGES + 70 - NEWLY_ABOVE_2019 - NEWLY_ABOVE_2020;
        if (below < 5) {
            throw new IllegalStateException("Xinmin has too few villages (" + villages.size() + ") for the article's figures");
        }
        int i = 0;
        // 50 villages above 50,000 since before 2019, all of them demonstration villages, five risen by over a million
        for (int n = 0; n < DEMONSTRATION_VILLAGES - 70; n++, i++) {
            Village v = order.get(i);
            v.group = Group.ALREADY_ABOVE;
            v.demonstration = true;
            v.millionRiser = n < MILLION_RISERS;
            v.risen200k = true;
        }
        // 109 crossed 50,000 in 2019; 70 of them are demonstration villages, 60 of those risen by over 200,000
        for (int n = 0; n < NEWLY_ABOVE_2019; n++, i++) {
            Village v = order.get(i);
            v.group = Group.NEWLY_2019;
            v.demonstration = n < 70;
            v.risen200k = n < 70 - (DEMONSTRATION_VILLAGES - DEMONSTRATION_RISEN_200K);
        }
        // 168 crossed it in 2020, 10 of them hollow in 2019; the rest stay below, 5 of them hollow in 2019
        for (int n = 0; n < NEWLY_ABOVE_2020; n++, i++) {
            Village v = order.get(i);
            v.group = Group.NEWLY_2020;
            v.hollow2019 = n < HOLLOW_2019 - 5;
        }
        for (int n = 0; i < order.size(); n++, i++) {
            Village v = order.get(i);
            v.group = Group.BELOW;
            v.hollow2019 = n < 5;
        }
        for (Village v : villages) {
            long y20;
            long y19;
            long y18;
            switch (v.group) {
                case ALREADY_ABOVE -> {
                    y18 = between(120_000, 700_000);
                    y19 = y18 + between(10_000, 150_000);
                    y20 = y19 + (v.millionRiser ? between(1_050_000, 1_600_000) : between(210_000, 520_000));
                }
                case NEWLY_2019 -> {
                    y18 = between(20_000, 49_000);
                    y19 = between(55_000, 160_000);
                    y20 = y19 + (v.risen200k ? between(210_000, 420_000)
                            : v.demonstration ? between(40_000, 160_000) : between(5_000, 90_000));
                }
                case NEWLY_2020 -> {
                    y18 = v.hollow2019 ? 0 : between(8_000, 45_000);
                    y19 = v.hollow2019 ? 0 : Math.max(y18 + between(-3_000, 6_000), 5_000);
                    y19 = Math.min(y19, 49_500);
                    y20 = between(52_000, 150_000);
                }
                default -> {
                    y18 = v.hollow2019 ? 0 : between(5_000, 30_000);
                    y19 = v.hollow2019 ? 0 : y18 + between(0, 8_000);
                    y20 = v.hollow2019 ? between(12_000, 40_000) : Math.min(y19 + between(2_000, 15_000), 48_000);
                }
            }
            v.cents[9] = y20 * 100 + random.nextInt(100);
            v.cents[8] = y19 == 0 ? 0 : y19 * 100 + random.nextInt(100);
            v.cents[7] = y18 == 0 ? 0 : y18 * 100 + random.nextInt(100);
            // earlier years: growth of 3-15 % a year looking back, hollow villages hollow since 2016
            for (int k = 6; k >= 0; k--) {
                long next = v.cents[k + 1];
                v.cents[k] = next == 0 ? (k >= 5 ? 0 : between(2_000, 9_000) * 100L)
                        : Math.round(next / (1.03 + random.nextDouble() * 0.12));
            }
        }
    }

    private void incomes(List<Village> villages) {
        reseed("incomes");
        StringBuilder csv = new StringBuilder(
                "villageId,year,land,enclave,capablePerson,assetLeasing,service,other,evidenceRef,reportedOn,reviewedOn,confirmedOn\n");
        for (Village v : villages) {
            for (int year = 2011; year <= 2020; year++) {
                long total = v.cents[year - 2011];
                long[] parts = split(total, 6);
                LocalDate reported = LocalDate.of(year + 1, 1, 5).plusDays(random.nextInt(20));
                csv.append(v.id()).append(',').append(year);
                for (long p : parts) {
                    csv.append(',').append(BigDecimal.valueOf(p, 2).toPlainString());
                }
                csv.append(",村集体经济收入报表-").append(year).append(',').append(reported).append(',')
                        .append(reported.plusDays(7)).append(',').append(reported.plusDays(20)).append('\n');
            }
        }
        JsonNode report = api.importFile("/collective-incomes/import", "text/csv", csv.toString());
        loaded.add("collective incomes (Xinmin, 2011-2020, confirmed)", villages.size() * 10L);
    }

    /** The amount split over the sources: land and enclave first, as in Xinmin ("土地经济", "飞地经济", "能人经济"). */
    private long[] split(long total, int n) {
        long[] parts = new long[n];
        double[] weights = {0.35 + random.nextDouble() * 0.3, random.nextDouble() * 0.3, random.nextDouble() * 0.2,
            random.nextDouble() * 0.15, random.nextDouble() * 0.1, random.nextDouble() * 0.05};
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long left = total;
        for (int i = 1; i < n; i++) {
            parts[i] = (long) Math.floor(total * weights[i] / sum);
            left -= parts[i];
        }
        parts[0] = left;
        return parts;
    }

    private void ratings(List<Village> villages, List<JsonNode> townships) {
        reseed("ratings");
        List<ObjectNode> bodies = new ArrayList<>();
        for (Village v : villages) {
            String rating = v.demonstration ? "DEMONSTRATION"
                    : v.group == Group.NEWLY_2019 || v.group == Group.ALREADY_ABOVE || random.nextInt(3) == 0 ? "UPGRADED" : "BASIC";
            bodies.add(rating(v.id(), rating));
        }
        // the 14 whole-township demonstrations: the townships with the most demonstration villages
        Map<String, Integer> perTownship = new HashMap<>();
        villages.stream().filter(v -> v.demonstration).forEach(v -> perTownship.merge(v.unit.get("parentId").asText(), 1, Integer::sum));
        townships.stream().sorted(Comparator.comparing((JsonNode t) -> -perTownship.getOrDefault(t.get("id").asText(), 0))
                        .thenComparing(t -> t.get("divisionCode").asText()))
                .limit(DEMONSTRATION_TOWNSHIPS)
                .forEach(t -> bodies.add(rating(t.get("id").asText(), "WHOLE_TOWNSHIP_DEMONSTRATION")));
        loaded.each(bodies, b -> api.create("/demonstration-ratings", b, "xm-rating-2020-" + b.get("orgUnitId").asText()));
        loaded.add("demonstration ratings (Xinmin, 2020)", bodies.size());
    }

    private ObjectNode rating(String orgUnitId, String rating) {
        return Api.object().put("orgUnitId", orgUnitId).put("year", 2020).put("rating", rating)
                .put("ratedOn", LocalDate.of(2020, 12, 18).toString()).put("evidenceRef", "新组通〔2020〕38号");
    }

    private static final String[][] PROBLEMS = {
        {"WEAK_LEADERSHIP", "村党支部书记带富能力弱,班子凝聚力不强", "选优配强村党组织书记,镇党委书记包村"},
        {"LAX_ORGANISATIONAL_LIFE", "\"三会一课\"落实不经常,主题党日流于形式", "建立组织生活纪实台账,镇党委每月抽查"},
        {"WEAK_COLLECTIVE_ECONOMY", "村集体经济收入低,无稳定收入来源", "盘活闲置土地发展土地经济,入股飞地项目"},
        {"DISORDERLY_AFFAIRS", "村务公开不及时,财务管理不规范", "落实\"四议两公开\",村账镇管"},
        {"PROMINENT_CONFLICTS", "土地承包纠纷积案多", "第一书记牵头逐件化解,建立矛盾调处台账"},
        {"POOR_SERVICE", "为民服务意识差,党群服务中心长期不开放", "推行坐班值班和代办制度"}};
    private static final String[] OWNERS = {"镇党委书记", "镇党委副书记", "驻村第一书记", "包村镇领导", "村党支部书记"};

    /** 38 weak-and-lax cases identified in spring 2020; 35 closed out by the year's end, 3 still rectifying. */
    private void rectifications(List<Village> villages) {
        reseed("rectifications");
        List<Village> weak = villages.stream().filter(v -> !v.demonstration && v.group != Group.ALREADY_ABOVE)
                .sorted(Comparator.comparing(Village::code)).toList();
        List<Village> chosen = new ArrayList<>();
        for (int i = 0; chosen.size() < RECTIFICATIONS_CLOSED + 3; i += 5) {
            chosen.add(weak.get(i % weak.size()));
        }
        Map<String, String> fourOnes = fourOnes(chosen);
        List<Object[]> cases = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Village v = chosen.get(i);
            LocalDate identified = LocalDate.of(2020, 3, 2).plusDays(random.nextInt(60));
            ObjectNode body = Api.object().put("villageId", v.id()).put("identifiedOn", identified.toString())
                    .put("planSummary", "一个基层党组织一个方案:" + v.unit.get("name").asText() + "软弱涣散整顿方案");
            ObjectNode cover = body.putObject("fourOnes");
            FOUR_ONES.forEach(k -> cover.put(k[1], fourOnes.get(v.id() + k[0])));
            int problems = 1 + random.nextInt(3);
            int first = random.nextInt(PROBLEMS.length);
            for (int p = 0; p < problems; p++) {
                String[] problem = PROBLEMS[(first + p) % PROBLEMS.length];
                body.withArray("problems").addObject().put("category", problem[0]).put("description", problem[1])
                        .put("countermeasure", problem[2]).put("owner", OWNERS[random.nextInt(OWNERS.length)]);
            }
            LocalDate resolved = identified.plusDays(90 + random.nextInt(100));
            LocalDate closed = resolved.plusDays(10 + random.nextInt(30));
            if (closed.isAfter(LocalDate.of(2020, 12, 28))) {
                closed = LocalDate.of(2020, 12, 28);
            }
            cases.add(new Object[] {body, i < RECTIFICATIONS_CLOSED ? resolved : null, closed});
        }
        loaded.each(cases, c -> {
            ObjectNode body = (ObjectNode) c[0];
            JsonNode created = api.create("/rectifications", body, "xm-rect-2020-" + body.get("villageId").asText());
            if (created == null) {
                return; // the village's 2020 case exists already
            }
            LocalDate resolved = (LocalDate) c[1];
            if (resolved == null) {
                return;
            }
            String id = created.get("id").asText();
            JsonNode current = api.get("/rectifications/" + id);
            for (JsonNode problem : current.get("problems")) {
                if (problem.get("resolvedOn").isNull()) {
                    current = api.step("/rectifications/" + id + "/problems/" + problem.get("id").asText() + "/resolve",
                            Api.object().put("resolvedOn", resolved.toString()).put("resolution", "已按对策整改到位,群众认可"),
                            "\"" + current.get("version").asText() + "\"");
                }
            }
            if (!current.get("status").asText().equals("CLOSED_OUT")) {
                api.step("/rectifications/" + id + "/actions", Api.object().put("action", "CLOSE_OUT")
                        .put("occurredOn", c[2].toString()).put("evidenceRef", "整顿转化验收销号表"),
                        "\"" + current.get("version").asText() + "\"");
            }
        });
        loaded.add("weak-and-lax rectification cases (Xinmin, 2020)", cases.size());
    }

    /** The "four ones" (四个一) of a weak village: org-structure's assignment kind and the case's field for it. */
    private static final List<String[]> FOUR_ONES = List.of(new String[] {"CITY_LEADER_LINK", "cityLeaderAssignmentId"},
            new String[] {"TOWNSHIP_LEADER_COVER", "townshipLeaderAssignmentId"},
            new String[] {"FIRST_SECRETARY", "firstSecretaryAssignmentId"}, new String[] {"PAIRED_AGENCY", "pairedAgencyAssignmentId"});
    private static final String[] AGENCIES = {"沈阳市委组织部", "沈阳市农业农村局", "沈阳市财政局", "沈阳市商务局", "沈阳市卫生健康委",
        "沈阳市交通运输局", "国网沈阳供电公司", "沈阳农业大学"};

    /**
     * 包保 of each weak village in org-structure, from 1 January 2020: a city leader links it, a
     * township leader covers it, a first secretary is stationed in it, a city agency pairs with it;
     * those already there are looked up. Answers the assignments' ids by village id + kind.
     */
    private Map<String, String> fourOnes(List<Village> weak) {
        Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();
        List<ObjectNode> missing = new ArrayList<>();
        for (int i = 0; i < weak.size(); i++) {
            Village v = weak.get(i);
            api.all("/responsibility-assignments?orgUnitId=" + v.id()).forEach(a ->
                    ids.put(a.get("orgUnitId").asText() + a.get("kind").asText(), a.get("id").asText()));
            for (String[] k : FOUR_ONES) {
                String kind = k[0];
                People.Person p = people.person("210181", 1968, 1990);
                if (ids.containsKey(v.id() + kind)) {
                    continue;
                }
                ObjectNode body = Api.object().put("orgUnitId", v.id()).put("kind", kind).put("validFrom", "2020-01-01");
                switch (kind) {
                    case "CITY_LEADER_LINK" -> body.put("personName", p.name()).put("personPost", "新民市委常委");
                    case "TOWNSHIP_LEADER_COVER" -> body.put("personName", p.name()).put("personPost", "镇党委副书记");
                    case "FIRST_SECRETARY" -> body.put("personName", p.name()).put("personPost", "驻村第一书记");
                    default -> body.put("agencyName", AGENCIES[i % AGENCIES.length]);
                }
                missing.add(body);
            }
        }
        loaded.each(missing, b -> {
            JsonNode a = api.create("/responsibility-assignments", b, "xm-fourones-" + b.get("orgUnitId").asText() + "-"
                    + b.get("kind").asText());
            ids.put(b.get("orgUnitId").asText() + b.get("kind").asText(), a.get("id").asText());
        });
        loaded.add("four-ones assignments of the weak villages (Xinmin, 包保)", weak.size() * 4L);
        return ids;
    }

    private static final String[] INDUSTRIES = {"草莓", "寒富苹果", "设施蔬菜", "食用菌", "花卉", "肉牛养殖", "生猪养殖", "稻田蟹",
        "玉米深加工", "农家乐", "电商直播", "手工编织", "葡萄", "香瓜", "小尖椒"};
    private static final String[] CATEGORIES = {"FACILITY_AGRICULTURE", "PLANTING", "FACILITY_AGRICULTURE", "FACILITY_AGRICULTURE",
        "FACILITY_AGRICULTURE", "LIVESTOCK", "LIVESTOCK", "AQUACULTURE", "AGRO_PROCESSING", "RURAL_TOURISM", "E_COMMERCE",
        "HANDICRAFT", "PLANTING", "PLANTING", "PLANTING"};

    /**
     * 478 village cadres lead 500 cadre-led cooperatives and family farms (22 lead two), beside 40 led
     * by others; the cadre-led ones link 25,000+ households and add exactly 120,000,000 yuan in 2020.
     */
    private void cooperatives(List<Village> villages) {
        reseed("cooperatives");
        String[] roles = {"PARTY_SECRETARY", "SECRETARY_AND_DIRECTOR", "COMMITTEE_DIRECTOR", "PARTY_COMMITTEE_MEMBER",
            "VILLAGE_COMMITTEE_MEMBER", "OTHER_VILLAGE_CADRE"};
        List<People.Person> cadres = new ArrayList<>();
        for (int i = 0; i < LEADING_CADRES; i++) {
            cadres.add(people.person("210181", 1962, 1990));
        }
        int cadreLed = LEADING_CADRES + 22;
        int total = cadreLed + 40;
        long[] increase = spread(CADRE_LED_INCOME_INCREASE * 100, cadreLed);
        List<ObjectNode[]> bodies = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Village v = villages.get((i * 7) % villages.size());
            boolean byCadre = i < cadreLed;
            People.Person leader = byCadre ? cadres.get(i % LEADING_CADRES) : people.person("210181", 1965, 1992);
            int product = random.nextInt(INDUSTRIES.length);
            boolean farm = random.nextInt(4) == 0;
            ObjectNode coop = Api.object().put("villageId", v.id()).put("kind", farm ? "FAMILY_FARM" : "FARMER_COOPERATIVE")
                    .put("name", v.unit.get("name").asText().replace("村委会", "") + INDUSTRIES[product]
                            + (farm ? "家庭农场" : "专业合作社") + (i >= villages.size() ? "二社" : ""))
                    .put("industry", INDUSTRIES[product]).put("leaderName", leader.name())
                    .put("leaderRole", byCadre ? roles[i % roles.length] : "NOT_A_CADRE").put("leaderIdNumber", leader.idNumber())
                    .put("foundedOn", LocalDate.of(2012 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
            ObjectNode result = Api.object().put("year", 2020)
                    .put("linkedHouseholds", byCadre ? 42 + random.nextInt(19) : 10 + random.nextInt(30))
                    .put("incomeIncrease", BigDecimal.valueOf(byCadre ? increase[i] : between(50_000, 300_000) * 100L, 2))
                    .put("evidenceRef", "2020年度合作社带农增收台账");
            bodies.add(new ObjectNode[] {coop, result});
        }
        loaded.each(bodies, b -> {
            String key = "xm-coop-" + b[0].get("villageId").asText() + "-" + b[0].get("name").asText().hashCode()
                    + "-" + b[0].get("leaderIdNumber").asText();
            JsonNode coop = api.create("/cooperatives", b[0], key);
            if (coop != null) {
                api.create("/cooperatives/" + coop.get("id").asText() + "/results", b[1], key + "-2020");
            }
        });
        loaded.add("cooperatives and family farms (Xinmin)", total);
        loaded.add("cooperative results (Xinmin, 2020)", total);
    }

    /** Leading industries ("一村一业") in 275 of 339 villages, 西高力村's strawberries among them. */
    private void industries(List<Village> villages) {
        reseed("industries");
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < villages.size(); i++) {
            Village v = villages.get(i);
            boolean xigaoli = v.code().equals("210181108219");
            if (!xigaoli && i % 5 == 4 && (i / 5) % 4 != 0) {
                continue; // about one village in five has no leading industry yet
            }
            int product = xigaoli ? 0 : random.nextInt(INDUSTRIES.length);
            String category = CATEGORIES[product];
            bodies.add(Api.object().put("villageId", v.id()).put("name", INDUSTRIES[product]).put("category", category)
                    .put("leading", true)
                    .put("greenhouseAreaHectares", xigaoli ? "333.33" : category.equals("FACILITY_AGRICULTURE")
                            ? BigDecimal.valueOf(between(200, 9_000), 2).toPlainString() : "0")
                    .put("householdsInvolved", xigaoli ? 420 : between(20, 260))
                    .put("startedOn", LocalDate.of(xigaoli ? 2012 : 2013 + random.nextInt(8), 3, 1 + random.nextInt(28)).toString())
                    .put("description", xigaoli ? "党群\"连心棚\":15名党员带领群众建起草莓大棚" : "一村一品"));
        }
        loaded.each(bodies, b -> api.create("/village-industries", b, "xm-industry-" + b.get("villageId").asText()));
        loaded.add("village leading industries (Xinmin)", bodies.size());
    }

    private static final String[] COMMITMENTS = {"带动五户种植草莓", "每月入户宣讲政策两次", "结对帮扶两户困难群众", "参与村屯环境整治",
        "调解邻里纠纷", "带头移风易俗,红白事简办"};

    /** 2020 claims: 150 in the three post types the article names, 60 in the others; 12 % by mobile members. */
    private void posts(List<Village> villages) {
        reseed("posts");
        String[] named = {"INDUSTRY_DEVELOPMENT_DEMONSTRATION", "RURAL_CIVILITY_HARMONY", "POVERTY_RELIEF_CARE"};
        String[] others = {"POLICY_PUBLICITY", "SCIENCE_AND_TECHNOLOGY", "ENVIRONMENT_IMPROVEMENT", "ECOLOGICAL_PROTECTION",
            "DISPUTE_MEDIATION", "PUBLIC_SAFETY", "EPIDEMIC_PREVENTION", "DISASTER_PREVENTION", "CUSTOMS_REFORM",
            "LEFT_BEHIND_CARE", "VILLAGE_AFFAIRS_SUPERVISION", "VOLUNTEER_SERVICE", "CULTURE_AND_SPORTS", "GRID_SERVICE"};
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < 210; i++) {
            Village v = villages.get((i * 13) % villages.size());
            People.Person member = people.person("210181", 1955, 1995);
            bodies.add(Api.object().put("villageId", v.id()).put("postType", i < 150 ? named[i % 3] : others[i % others.length])
                    .put("memberName", member.name()).put("memberIdNumber", member.idNumber()).put("mobile", i % 8 == 0)
                    .put("commitment", COMMITMENTS[i % COMMITMENTS.length])
                    .put("claimedOn", LocalDate.of(2020, 3, 1).plusDays(random.nextInt(60)).toString()));
        }
        loaded.each(bodies, b -> {
            JsonNode created = api.create("/party-member-posts", b, "xm-post-2020-" + b.get("memberIdNumber").asText());
            JsonNode claim = created == null ? null : api.get("/party-member-posts/" + created.get("id").asText());
            int n = b.get("memberIdNumber").asText().hashCode();
            if (claim != null && claim.get("status").asText().equals("CLAIMED") && Math.floorMod(n, 3) == 0) {
                api.step("/party-member-posts/" + claim.get("id").asText() + "/actions", Api.object().put("action", "EVALUATE")
                        .put("occurredOn", "2020-12-20").put("evaluation", Math.floorMod(n, 2) == 0 ? "EXCELLENT" : "COMPETENT"),
                        "\"" + claim.get("version").asText() + "\"");
            }
        });
        loaded.add("party-member post claims (Xinmin, 2020)", bodies.size());
    }

    /** n parts of total (cents), each within ±30 % of the mean, summing exactly to total. */
    private long[] spread(long total, int n) {
        long[] parts = new long[n];
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = 0.7 + random.nextDouble() * 0.6;
            sum += w[i];
        }
        long left = total;
        for (int i = 1; i < n; i++) {
            parts[i] = Math.round(total * w[i] / sum);
            left -= parts[i];
        }
        parts[0] = left;
        return parts;
    }

    private long between(long low, long high) {
        return low + (long) (random.nextDouble() * (high - low + 1));
    }

    static Set<String> named() {
        return new LinkedHashSet<>(NAMED);
    }
}

package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sujiatun's governance in org-structure: the 67 district departments paired with 56 communities
 * (共联共享共建共促), two years of whistles (社区吹哨、部门报到, 2019–2020) ending in every state, the
 * member units of each sub-district's working committee with their duty reports and two-way
 * evaluations, 包保 assignments (a district leader per sub-district, a department per paired
 * community — 区人大 for 育林社区), the secretaries' 2020 assessments, and the party-and-masses
 * service centres, stations and red stations.
 */
final class SujiatunGovernance {
    static final int DEPARTMENTS = 67;
    static final int PAIRED_COMMUNITIES = 56;
    static final String YULIN = "210111001013";

    /** The 67 district-level departments (区直单位): name and kind. */
    static final String[][] DEPARTMENT_NAMES = {
        {"区委办公室", "PARTY_DEPARTMENT"}, {"区委组织部", "PARTY_DEPARTMENT"}, {"区委宣传部", "PARTY_DEPARTMENT"},
        {"区委统战部", "PARTY_DEPARTMENT"}, {"区委政法委", "PARTY_DEPARTMENT"}, {"区纪委监委", "PARTY_DEPARTMENT"},
        {"区委编办", "PARTY_DEPARTMENT"}, {"区委党校", "PARTY_DEPARTMENT"}, {"区人大常委会办公室", "PARTY_DEPARTMENT"},
        {"区政协办公室", "PARTY_DEPARTMENT"}, {"区政府办公室", "GOVERNMENT_DEPARTMENT"}, {"区发展和改革局", "GOVERNMENT_DEPARTMENT"},
        {"区教育局", "GOVERNMENT_DEPARTMENT"}, {"区科学技术局", "GOVERNMENT_DEPARTMENT"}, {"区工业和信息化局", "GOVERNMENT_DEPARTMENT"},
        {"区公安分局", "GOVERNMENT_DEPARTMENT"}, {"区民政局", "GOVERNMENT_DEPARTMENT"}, {"区司法局", "GOVERNMENT_DEPARTMENT"},
        {"区财政局", "GOVERNMENT_DEPARTMENT"}, {"区人力资源和社会保障局", "GOVERNMENT_DEPARTMENT"},
        {"区自然资源分局", "GOVERNMENT_DEPARTMENT"}, {"区生态环境分局", "GOVERNMENT_DEPARTMENT"},
        {"区住房和城乡建设局", "GOVERNMENT_DEPARTMENT"}, {"区交通运输局", "GOVERNMENT_DEPARTMENT"}, {"区水利局", "GOVERNMENT_DEPARTMENT"},
        {"区农业农村局", "GOVERNMENT_DEPARTMENT"}, {"区商务局", "GOVERNMENT_DEPARTMENT"}, {"区文化旅游和广播电视局", "GOVERNMENT_DEPARTMENT"},
        {"区卫生健康局", "GOVERNMENT_DEPARTMENT"}, {"区退役军人事务局", "GOVERNMENT_DEPARTMENT"}, {"区应急管理局", "GOVERNMENT_DEPARTMENT"},
        {"区审计局", "GOVERNMENT_DEPARTMENT"}, {"区市场监督管理局", "GOVERNMENT_DEPARTMENT"}, {"区统计局", "GOVERNMENT_DEPARTMENT"},
        {"区医疗保障局", "GOVERNMENT_DEPARTMENT"}, {"区信访局", "GOVERNMENT_DEPARTMENT"}, {"区城市管理综合行政执法局", "GOVERNMENT_DEPARTMENT"},
        {"区营商环境建设局", "GOVERNMENT_DEPARTMENT"}, {"区体育局", "GOVERNMENT_DEPARTMENT"}, {"区林业和草原局", "GOVERNMENT_DEPARTMENT"},
        {"区国有资产服务中心", "PUBLIC_INSTITUTION"}, {"区融媒体中心", "PUBLIC_INSTITUTION"}, {"区档案馆", "PUBLIC_INSTITUTION"},
        {"区社会治理服务中心", "PUBLIC_INSTITUTION"}, {"区城市建设服务中心", "PUBLIC_INSTITUTION"},
        {"区经济发展服务中心", "PUBLIC_INSTITUTION"}, {"区民生保障服务中心", "PUBLIC_INSTITUTION"},
        {"区公共资源交易中心", "PUBLIC_INSTITUTION"}, {"区机关事务服务中心", "PUBLIC_INSTITUTION"}, {"区疾病预防控制中心", "PUBLIC_INSTITUTION"},
        {"区中心医院", "PUBLIC_INSTITUTION"}, {"区图书馆", "PUBLIC_INSTITUTION"}, {"区总工会", "MASS_ORGANIZATION"},
        {"共青团苏家屯区委", "MASS_ORGANIZATION"}, {"区妇女联合会", "MASS_ORGANIZATION"}, {"区科学技术协会", "MASS_ORGANIZATION"},
        {"区残疾人联合会", "MASS_ORGANIZATION"}, {"区工商业联合会", "MASS_ORGANIZATION"}, {"区红十字会", "MASS_ORGANIZATION"},
        {"区文学艺术界联合会", "MASS_ORGANIZATION"}, {"区城市建设投资集团", "STATE_OWNED_ENTERPRISE"},
        {"区供热有限公司", "STATE_OWNED_ENTERPRISE"}, {"区自来水有限公司", "STATE_OWNED_ENTERPRISE"},
        {"区燃气有限公司", "STATE_OWNED_ENTERPRISE"}, {"区公共交通有限公司", "STATE_OWNED_ENTERPRISE"},
        {"区农业发展投资有限公司", "STATE_OWNED_ENTERPRISE"}, {"区粮食储备有限公司", "STATE_OWNED_ENTERPRISE"}};

    private static final String[][] CATEGORIES = {{"市政设施", "路灯、井盖、道路破损"}, {"环境卫生", "垃圾清运、绿化、卫生死角"},
        {"物业管理", "弃管小区、物业服务纠纷"}, {"违章建筑", "私搭乱建、占用公共空间"}, {"道路交通", "停车秩序、交通设施"},
        {"疫情防控", "卡点值守、隔离服务、物资保障"}};
    private static final String[][] ISSUES = {
        {"路灯不亮", "小区主路路灯一周未亮,居民夜间出行不便"}, {"井盖缺失", "单元门前雨水井盖缺失,存在安全隐患"},
        {"垃圾清运不及时", "垃圾箱满溢三天无人清运"}, {"绿地改造", "楼间绿地荒废,居民希望改造为休闲场地"},
        {"弃管小区无人管理", "老旧小区物业撤出,楼道照明和卫生无人管理"}, {"私搭乱建", "一楼住户私建仓房占用消防通道"},
        {"停车秩序混乱", "小区出入口车辆乱停,影响救护车通行"}, {"供暖不热", "室温不达标,多户居民反映"},
        {"下水管道堵塞", "单元下水管道反水"}, {"卡点物资短缺", "疫情防控卡点缺少测温枪和防护服"}};

    private final Api api;
    private final Loaded loaded;
    private People people;
    private Random random;

    SujiatunGovernance(Api api, Loaded loaded) {
        this.api = api;
        this.loaded = loaded;
    }

    /** Each step draws from its own seeded source, so a step skipped on a second run changes no other step's data. */
    private void reseed(String step) {
        people = new People(21011101L ^ step.hashCode());
        random = people.random();
    }

    void load() {
        JsonNode district = api.unit("divisionCode=210111");
        String sjt = district.get("id").asText();
        List<JsonNode> subdistricts = sorted(api.all("/org-units?parentId=" + sjt + "&level=SUBDISTRICT"));
        List<JsonNode> communities = sorted(api.all("/org-units?ancestorId=" + sjt + "&level=COMMUNITY"));
        loaded.add("Sujiatun sub-districts (official data)", subdistricts.size());
        loaded.add("Sujiatun communities (official data)", communities.size());
        // the 56 communities the article pairs: 育林社区 and the first 55 others by code
        List<JsonNode> paired = new ArrayList<>();
        communities.stream().filter(c -> c.get("divisionCode").asText().equals(YULIN)).forEach(paired::add);
        communities.stream().filter(c -> !c.get("divisionCode").asText().equals(YULIN)).limit(PAIRED_COMMUNITIES - 1)
                .forEach(paired::add);

        List<String> departments = departments(sjt);
        pairings(departments, paired);
        List<String> categories = categories();
        whistles(sjt, paired, departments, categories);
        memberUnits(sjt, subdistricts);
        assignments(sjt, subdistricts, paired, departments);
        assessments(subdistricts, communities);
        serviceSites(sjt, district, subdistricts, communities);
    }

    static List<JsonNode> sorted(List<JsonNode> units) {
        List<JsonNode> copy = new ArrayList<>(units);
        copy.sort(Comparator.comparing(u -> u.get("divisionCode").asText()));
        return copy;
    }

    /** The departments' ids in the order of DEPARTMENT_NAMES; those already there are looked up, not created. */
    private List<String> departments(String sjt) {
        reseed("departments");
        Map<String, String> ids = new HashMap<>();
        api.all("/departments?districtId=" + sjt).forEach(d -> ids.put(d.get("name").asText(), d.get("id").asText()));
        List<People.Person> liaisons = new ArrayList<>();
        for (String[] d : DEPARTMENT_NAMES) {
            liaisons.add(people.person("210111", 1975, 1992));
        }
        List<String[]> missing = List.of(DEPARTMENT_NAMES).stream().filter(d -> !ids.containsKey(d[0])).toList();
        Map<String, String> created = new java.util.concurrent.ConcurrentHashMap<>();
        loaded.each(missing, d -> {
            People.Person liaison = liaisons.get(List.of(DEPARTMENT_NAMES).indexOf(d));
            ObjectNode body = Api.object().put("name", d[0]).put("districtId", sjt).put("kind", d[1]);
            body.putObject("liaison").put("name", liaison.name()).put("phone", liaison.phone());
            JsonNode dept = api.create("/departments", body, "sjt-dept-" + d[0]);
            if (dept != null) {
                created.put(d[0], dept.get("id").asText());
            }
        });
        ids.putAll(created);
        loaded.add("district departments (Sujiatun)", DEPARTMENT_NAMES.length);
        return List.of(DEPARTMENT_NAMES).stream().map(d -> ids.get(d[0])).toList();
    }

    /** Department i pairs with community i; the 11 departments beyond the 56th pair with a second community each. */
    private void pairings(List<String> departments, List<JsonNode> paired) {
        reseed("pairings");
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            String community = paired.get(i % paired.size()).get("id").asText();
            pairs.add(new String[] {departments.get(i), community});
        }
        loaded.each(pairs, p -> api.create("/pairings", Api.object().put("departmentId", p[0]).put("communityId", p[1])
                .put("validFrom", "2019-03-01"), "sjt-pair-" + p[0] + "-" + p[1]));
        loaded.add("department-community pairings (Sujiatun)", pairs.size());
    }

    private List<String> categories() {
        Map<String, String> ids = new HashMap<>();
        JsonNode listed = api.get("/whistle-categories");
        (listed.isArray() ? listed : listed.get("items")).forEach(c -> ids.put(c.get("name").asText(), c.get("id").asText()));
        List<String> result = new ArrayList<>();
        for (String[] c : CATEGORIES) {
            if (!ids.containsKey(c[0])) {
                JsonNode created = api.create("/whistle-categories", Api.object().put("name", c[0]).put("description", c[1]),
                        "sjt-category-" + c[0]);
                ids.put(c[0], created.get("id").asText());
            }
            result.add(ids.get(c[0]));
        }
        return result;
    }

    /**
     * 2019–2020 whistles of the paired communities, imported with every step at its real time: most
     * closed (a few after a rating under 3 reopened them, or after a return and a re-dispatch), the
     * latest ones still raised, dispatched, in progress, resolved or returned.
     */
    private void whistles(String sjt, List<JsonNode> paired, List<String> departments, List<String> categories) {
        reseed("whistles");
        if (api.get("/whistles?orgUnitId=" + sjt + "&size=1").get("totalItems").asLong() > 0) {
            return; // imported before: an import is not idempotent, so it is sent once
        }
        List<ObjectNode> ndjson = new ArrayList<>();
        OffsetDateTime start = OffsetDateTime.of(2019, 1, 3, 8, 0, 0, 0, ZoneOffset.ofHours(8));
        int count = 640;
        for (int n = 0; n < count; n++) {
            int c = random.nextInt(paired.size());
            JsonNode community = paired.get(c);
            String lead = departments.get(c);
            String other = departments.get((c + 17) % departments.size());
            String[] issue = ISSUES[random.nextInt(ISSUES.length)];
            int category = issue[0].equals("卡点物资短缺") ? 5 : random.nextInt(5);
            OffsetDateTime t = start.plusMinutes((long) n * 1_615 + random.nextInt(600)); // spread over two years
            String ref = "SJT-" + n;
            String end = n >= count - 40 ? new String[] {"RAISED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "RETURNED"}[n % 5]
                    : n % 25 == 7 ? "REOPENED" : n % 31 == 3 ? "REDISPATCHED" : "CLOSED";
            row(ndjson, ref, "RAISE", t).put("communityId", community.get("id").asText()).put("categoryId", categories.get(category))
                    .put("title", issue[0]).put("description", issue[1])
                    .put("address", community.get("name").asText() + (1 + random.nextInt(30)) + "号楼")
                    .put("urgency", n % 9 == 0 ? "URGENT" : n % 13 == 0 ? "COMPLEX" : "ORDINARY");
            if (end.equals("RAISED")) {
                continue;
            }
            t = t.plusMinutes(20 + random.nextInt(100));
            row(ndjson, ref, "DISPATCH", t).put("leadDepartmentId", lead);
            if (end.equals("DISPATCHED")) {
                continue;
            }
            if (end.equals("RETURNED") || end.equals("REDISPATCHED")) {
                t = t.plusMinutes(30 + random.nextInt(300));
                row(ndjson, ref, "RETURN", t).put("departmentId", lead).put("note", "不属于本部门职责范围,请改派");
                if (end.equals("RETURNED")) {
                    continue;
                }
                t = t.plusMinutes(60 + random.nextInt(300));
                row(ndjson, ref, "REDISPATCH", t).put("leadDepartmentId", other);
                lead = other;
            }
            // most check in well within the 24 hours; one in eight is late
            t = t.plusMinutes(n % 8 == 5 ? 1_500 + random.nextInt(1_500) : 30 + random.nextInt(900));
            row(ndjson, ref, "CHECK_IN", t).put("departmentId", lead);
            if (end.equals("IN_PROGRESS")) {
                continue;
            }
            t = t.plusHours(24 + random.nextInt(120));
            row(ndjson, ref, "REPORT_RESULT", t).put("departmentId", lead).put("note", "已现场处置完毕");
            if (end.equals("RESOLVED")) {
                continue;
            }
            if (end.equals("REOPENED")) {
                t = t.plusHours(20 + random.nextInt(40));
                row(ndjson, ref, "CONFIRM", t).put("rating", 2).put("note", "问题反复,居民不满意");
                t = t.plusHours(24 + random.nextInt(72));
                row(ndjson, ref, "REPORT_RESULT", t).put("departmentId", lead).put("note", "二次整改完成");
            }
            t = t.plusHours(20 + random.nextInt(40));
            row(ndjson, ref, "CONFIRM", t).put("rating", random.nextInt(10) < 7 ? 5 : 3 + random.nextInt(2));
        }
        // in files of 20 whistles, one after the other: the service replays each row through its workflow
        // in one transaction, and its cost grows faster than the file (3,000 rows at once took minutes)
        List<List<ObjectNode>> files = new ArrayList<>();
        for (ObjectNode r : ndjson) {
            int n = Integer.parseInt(r.get("ref").asText().substring(4));
            if (files.size() <= n / 20) {
                files.add(new ArrayList<>());
            }
            files.get(n / 20).add(r);
        }
        boolean late = false;
        for (List<ObjectNode> file : files) {
            StringBuilder body = new StringBuilder();
            file.forEach(r -> body.append(r).append('\n'));
            Api.Response r = api.importOnce("/whistles/import", "application/x-ndjson", body.toString());
            if (r.status() == 504) {
                late = true; // the gateway gave up waiting; the service still stores the file
            } else if (r.status() != 200) {
                throw new IllegalStateException("POST /whistles/import answered " + r.status() + ": " + r.body());
            }
        }
        for (int wait = 0; late && wait < 120; wait++) {
            if (api.get("/whistles?orgUnitId=" + sjt + "&size=1").get("totalItems").asLong() >= count) {
                break;
            }
            Api.pause(500);
        }
        loaded.add("whistles (Sujiatun, 2019-2020, with their steps)", count);
    }

    private ObjectNode row(List<ObjectNode> rows, String ref, String action, OffsetDateTime at) {
        ObjectNode row = Api.object().put("ref", ref).put("action", action).put("occurredAt", at.toString());
        rows.add(row);
        return row;
    }

    private static final String[][] MEMBER_UNITS = {{"派出所", "PARTY_OR_GOVERNMENT_AGENCY"}, {"中心小学", "SCHOOL"},
        {"社区卫生服务中心", "HOSPITAL"}, {"供电所", "STATE_OWNED_ENTERPRISE"}, {"邮政支局", "STATE_OWNED_ENTERPRISE"},
        {"市场监管所", "PARTY_OR_GOVERNMENT_AGENCY"}, {"商会", "SOCIAL_ORGANIZATION"}, {"物流园区", "PRIVATE_ENTERPRISE"}};

    /** Four or five member units per sub-district's working committee, their 2019 and 2020 duty reports, 2020 evaluations. */
    private void memberUnits(String sjt, List<JsonNode> subdistricts) {
        reseed("memberUnits");
        Set<String> existing = api.all("/member-units?orgUnitId=" + sjt).stream().map(m -> m.get("name").asText())
                .collect(Collectors.toSet());
        List<ObjectNode> bodies = new ArrayList<>();
        for (int s = 0; s < subdistricts.size(); s++) {
            JsonNode sub = subdistricts.get(s);
            String prefix = sub.get("name").asText().replace("街道", "");
            for (int m = 0; m < 4 + s % 2; m++) {
                String[] unit = MEMBER_UNITS[(s + m * 3) % MEMBER_UNITS.length];
                bodies.add(Api.object().put("name", prefix + unit[0]).put("kind", unit[1]).put("subdistrictId", sub.get("id").asText())
                        .put("headName", people.person("210111", 1965, 1985).name())
                        .put("joinedOn", LocalDate.of(2018, 4, 1).plusDays(random.nextInt(200)).toString()));
            }
        }
        loaded.each(bodies, b -> {
            if (existing.contains(b.get("name").asText())) {
                return;
            }
            JsonNode unit = api.create("/member-units", b, "sjt-member-" + b.get("name").asText());
            String path = "/member-units/" + unit.get("id").asText();
            for (int year : new int[] {2019, 2020}) {
                ObjectNode report = Api.object().put("year", year).put("reportedOn", (year + 1) + "-01-12")
                        .put("summary", year + "年度履行\"双向承诺\"情况述职:参与街道共建项目,服务辖区居民");
                report.withArray("commitments").addObject().put("content", "每季度参加一次\"大工委\"联席会议").put("completed", true);
                report.withArray("commitments").addObject().put("content", "认领一个社区服务项目")
                        .put("completed", b.get("name").asText().hashCode() % 4 != 0);
                api.create(path + "/duty-reports", report, "sjt-duty-" + b.get("name").asText() + "-" + year);
            }
            int h = Math.abs(b.get("name").asText().hashCode());
            for (String direction : new String[] {"COMMITTEE_RATES_UNIT", "UNIT_RATES_COMMITTEE"}) {
                ObjectNode evaluation = Api.object().put("year", 2020).put("direction", direction).put("votedOn", "2021-01-15");
                evaluation.putObject("tally").put("excellent", 9 + h % 7).put("competent", 4 + h % 5).put("basic", h % 2)
                        .put("incompetent", 0);
                api.create(path + "/evaluations", evaluation, "sjt-eval-" + b.get("name").asText() + "-" + direction);
            }
        });
        loaded.add("member units of the working committees (Sujiatun)", bodies.size());
        loaded.add("member units' duty reports (2019, 2020)", bodies.size() * 2L);
        loaded.add("two-way evaluations (2020)", bodies.size() * 2L);
    }

    private static final String[] LEADER_POSTS = {"区委书记", "区长", "区委副书记", "区委常委、组织部部长", "区委常委、宣传部部长",
        "区委常委、政法委书记", "区委常委、纪委书记", "区委常委、统战部部长", "区人大常委会主任", "区政协主席", "常务副区长", "副区长"};

    /** 包保: a district leader for each sub-district, and for each paired community its department (区人大 for 育林社区). */
    private void assignments(String sjt, List<JsonNode> subdistricts, List<JsonNode> paired, List<String> departments) {
        reseed("assignments");
        Set<String> existing = api.all("/responsibility-assignments?orgUnitId=" + sjt).stream()
                .map(a -> a.get("orgUnitId").asText() + a.get("kind").asText()).collect(Collectors.toSet());
        List<ObjectNode> bodies = new ArrayList<>();
        for (int s = 0; s < subdistricts.size(); s++) {
            bodies.add(Api.object().put("orgUnitId", subdistricts.get(s).get("id").asText()).put("kind", "DISTRICT_LEADER")
                    .put("personName", people.person("210111", 1965, 1978).name()).put("personPost", LEADER_POSTS[s % LEADER_POSTS.length])
                    .put("validFrom", "2019-01-01"));
        }
        String congress = departments.get(8); // 区人大常委会办公室
        for (int c = 0; c < paired.size(); c++) {
            bodies.add(Api.object().put("orgUnitId", paired.get(c).get("id").asText()).put("kind", "DEPARTMENT")
                    .put("departmentId", c == 0 ? congress : departments.get(c == 8 ? 0 : c)).put("validFrom", "2019-03-01"));
        }
        List<ObjectNode> missing = bodies.stream()
                .filter(b -> !existing.contains(b.get("orgUnitId").asText() + b.get("kind").asText())).toList();
        loaded.each(missing, b -> api.create("/responsibility-assignments", b,
                "sjt-assign-" + b.get("orgUnitId").asText() + "-" + b.get("kind").asText()));
        loaded.add("responsibility assignments (包保, Sujiatun)", bodies.size());
    }

    /** The 2020 indicators (party building with a one-vote veto) and every secretary's assessment. */
    private void assessments(List<JsonNode> subdistricts, List<JsonNode> communities) {
        reseed("assessments");
        ObjectNode set = Api.object().put("year", 2020);
        set.withArray("indicators").addObject().put("code", "PARTY_BUILDING").put("name", "党建工作").put("weight", 40)
                .put("partyBuilding", true).put("passMark", 60);
        set.withArray("indicators").addObject().put("code", "GOVERNANCE").put("name", "基层治理").put("weight", 30)
                .put("partyBuilding", false);
        set.withArray("indicators").addObject().put("code", "SERVICE").put("name", "为民服务").put("weight", 20)
                .put("partyBuilding", false);
        set.withArray("indicators").addObject().put("code", "INTEGRITY").put("name", "党风廉政").put("weight", 10)
                .put("partyBuilding", false);
        api.create("/assessments/indicator-sets", set, "sjt-indicators-2020");
        List<JsonNode> units = new ArrayList<>(subdistricts);
        units.addAll(communities);
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            boolean vetoed = i % 29 == 11; // a party-building score under its pass mark fails the whole assessment
            ObjectNode body = Api.object().put("orgUnitId", units.get(i).get("id").asText()).put("year", 2020)
                    .put("secretaryName", people.person("210111", 1968, 1988).name()).put("assessedOn", "2021-01-20");
            body.putObject("scores").put("PARTY_BUILDING", vetoed ? 55 : 70 + random.nextInt(30))
                    .put("GOVERNANCE", 65 + random.nextInt(35)).put("SERVICE", 65 + random.nextInt(35))
                    .put("INTEGRITY", 80 + random.nextInt(21));
            bodies.add(body);
        }
        loaded.each(bodies, b -> api.create("/assessments", b, "sjt-assess-2020-" + b.get("orgUnitId").asText()));
        loaded.add("secretaries' assessments (Sujiatun, 2020)", bodies.size());
    }

    /** The district centre, a centre per sub-district, a station per community, and the red stations (红色驿站). */
    private void serviceSites(String sjt, JsonNode district, List<JsonNode> subdistricts, List<JsonNode> communities) {
        reseed("serviceSites");
        Set<String> existing = api.all("/service-sites?orgUnitId=" + sjt).stream().map(s -> s.get("name").asText())
                .collect(Collectors.toSet());
        List<ObjectNode> bodies = new ArrayList<>();
        bodies.add(site("苏家屯区党群服务中心", "PARTY_MASSES_SERVICE_CENTER", sjt, "苏家屯区中央大街"));
        bodies.add(site("沈南党群政治生活体验中心", "PARTY_MASSES_SERVICE_CENTER", sjt, "苏家屯区枫杨路"));
        for (JsonNode s : subdistricts) {
            String name = s.get("name").asText();
            bodies.add(site(name + "党群服务中心", "PARTY_MASSES_SERVICE_CENTER", s.get("id").asText(), name + "办事处"));
            if (name.equals("沈水街道")) {
                bodies.add(site("沈水\"红色驿站\"", "RED_STATION", s.get("id").asText(), "沈水街道沈水路"));
            }
        }
        bodies.add(site("辽宁雪松医药非公党建\"红色驿站\"", "RED_STATION", subdistricts.get(0).get("id").asText(), "苏家屯区雪松路"));
        for (int i = 0; i < communities.size(); i++) {
            JsonNode c = communities.get(i);
            String name = c.get("name").asText();
            bodies.add(site(name + "党群服务站", "PARTY_MASSES_SERVICE_STATION", c.get("id").asText(), name + "居委会"));
            if (i % 8 == 3) {
                bodies.add(site(name + "\"红色驿站\"", "RED_STATION", c.get("id").asText(), name + "广场"));
            }
        }
        List<ObjectNode> missing = bodies.stream().filter(b -> !existing.contains(b.get("name").asText())).toList();
        loaded.each(missing, b -> api.create("/service-sites", b, "sjt-site-" + b.get("name").asText()));
        loaded.add("service sites and red stations (Sujiatun)", bodies.size());
    }

    private ObjectNode site(String name, String kind, String orgUnitId, String address) {
        return Api.object().put("name", name).put("kind", kind).put("orgUnitId", orgUnitId).put("address", address)
                .put("latitude", 41.66 + random.nextInt(600) / 10_000.0).put("longitude", 123.34 + random.nextInt(600) / 10_000.0)
                .put("openingHours", "周一至周五 8:30-17:00");
    }
}

package cn.shenyang.grassroots.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sujiatun's three platforms in volunteer-service: 334 teams (312 party-member volunteer teams,
 * the 10 professional organisations such as 红色先锋, the 12 district specialty squads), 10,400
 * volunteers and their service hours of 2019–2020 (both by the CSV imports), the 18 service fairs of
 * 2020 with 108 service items; red property — property companies and compounds in all four grades,
 * owners' committees; two representatives, one member — 13 studios, 48 representatives, 104 open
 * days in 2020 and 72 opinions in every state, 33 resolved and 7 turned into proposals.
 */
final class SujiatunVolunteers {
    static final int PARTY_MEMBER_TEAMS = 312;
    static final int PROFESSIONAL_ORGANIZATIONS = 10;
    static final int SPECIALTY_SQUADS = 12;
    static final int VOLUNTEERS = 10_400;
    static final int FAIRS = 18;
    static final int FAIR_ITEMS = 108;
    static final int OPEN_DAYS_2020 = 104;
    static final int OPINIONS_RESOLVED_2020 = 33;
    static final int OPINIONS_CONVERTED_2020 = 7;

    private static final String[] PROFESSIONAL = {"红色先锋", "红色律师团", "杏林春暖医疗", "阳光心理", "书香助学", "巧手家电维修",
        "夕阳红助老", "绿色家园环保", "平安卫士", "爱心妈妈"};
    private static final String[] SQUADS = {"最美声音", "卫爱同行", "红色帮办", "城市服务", "法律援助", "心理疏导", "文明交通", "助老扶残",
        "平安守护", "绿色环保", "文化惠民", "营商帮代办"};
    private static final String[] SKILLS = {"MEDICAL", "FIRST_AID", "EPIDEMIC_PREVENTION", "LEGAL", "PSYCHOLOGICAL", "TUTORING",
        "ELDERLY_CARE", "HAIRDRESSING", "APPLIANCE_REPAIR", "INFORMATION_TECHNOLOGY", "CULTURE_ARTS", "ENVIRONMENT",
        "TRAFFIC_GUIDANCE", "PUBLICITY", "BUSINESS_ASSISTANCE"};
    private static final String[] SERVICES = {"社区防疫值守", "文明城市创建宣传", "义务理发", "助老陪护", "环境清扫", "交通文明劝导",
        "政策宣讲", "核酸检测秩序维护", "营商帮办代办", "学生课后辅导"};

    private final Api api;
    private final Loaded loaded;
    private People people;
    private Random random;

    SujiatunVolunteers(Api api, Loaded loaded) {
        this.api = api;
        this.loaded = loaded;
    }

    /** Each step draws from its own seeded source, so a step skipped on a second run changes no other step's data. */
    private void reseed(String step) {
        people = new People(21011102L ^ step.hashCode());
        random = people.random();
    }

    void load() {
        JsonNode district = api.unit("divisionCode=210111");
        String sjt = district.get("id").asText();
        List<JsonNode> subdistricts = SujiatunGovernance.sorted(api.all("/org-units?parentId=" + sjt + "&level=SUBDISTRICT"));
        List<JsonNode> communities = SujiatunGovernance.sorted(api.all("/org-units?ancestorId=" + sjt + "&level=COMMUNITY"));
        teams(sjt, subdistricts, communities);
        volunteers(communities);
        fairs(sjt, subdistricts);
        redProperty(sjt, subdistricts, communities);
        representatives(sjt, district, subdistricts);
    }

    private void teams(String sjt, List<JsonNode> subdistricts, List<JsonNode> communities) {
        reseed("teams");
        Set<String> existing = api.all("/volunteer-teams?orgUnitId=" + sjt).stream().map(t -> t.get("name").asText())
                .collect(Collectors.toSet());
        List<ObjectNode> bodies = new ArrayList<>();
        for (JsonNode c : communities) {
            for (String suffix : new String[] {"党员志愿服务队", "在职党员志愿服务队", "青年志愿服务队"}) {
                bodies.add(team(c.get("name").asText() + suffix, "PARTY_MEMBER_TEAM", "COMMUNITY", c.get("id").asText()));
            }
        }
        for (JsonNode s : subdistricts) {
            for (String suffix : new String[] {"机关党员志愿服务队", "非公企业党员志愿服务队", "驻街单位党员志愿服务队", "巾帼志愿服务队",
                "退役军人志愿服务队"}) {
                bodies.add(team(s.get("name").asText() + suffix, "PARTY_MEMBER_TEAM", "SUBDISTRICT", s.get("id").asText()));
            }
        }
        for (int i = 0; bodies.size() < PARTY_MEMBER_TEAMS; i++) {
            bodies.add(team(SujiatunGovernance.DEPARTMENT_NAMES[i][0] + "党员志愿服务队", "PARTY_MEMBER_TEAM", "DISTRICT", sjt));
        }
        for (String p : PROFESSIONAL) {
            bodies.add(team("\"" + p + "\"志愿服务组织", "PROFESSIONAL_ORGANIZATION", "DISTRICT", sjt));
        }
        for (String s : SQUADS) {
            bodies.add(team("\"" + s + "\"区级特色分队", "SPECIALTY_SQUAD", "DISTRICT", sjt));
        }
        loaded.each(bodies.stream().filter(b -> !existing.contains(b.get("name").asText())).toList(),
                b -> api.create("/volunteer-teams", b, "sjt-team-" + b.get("name").asText()));
        loaded.add("volunteer teams, organisations and squads (Sujiatun)", bodies.size());
    }

    private ObjectNode team(String name, String kind, String level, String orgUnitId) {
        return Api.object().put("name", name).put("kind", kind).put("level", level).put("orgUnitId", orgUnitId)
                .put("foundedOn", LocalDate.of(2016 + random.nextInt(4), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString());
    }

    /** Volunteers by the CSV import, then their service records of 2019–2020 by the records import. */
    private void volunteers(List<JsonNode> communities) {
        reseed("volunteers");
        StringBuilder csv = new StringBuilder("name,gender,birthDate,phone,idNumber,homeCommunityId,partyMember,skills,status,registeredOn\n");
        StringBuilder records = new StringBuilder("volunteerId,volunteerIdNumber,activityId,orgUnitId,startedAt,endedAt,hours,description\n");
        int rows = 0;
        double hours = 0;
        for (int i = 0; i < VOLUNTEERS; i++) {
            People.Person p = people.person("210111", 1950, 2000);
            String home = communities.get(i % communities.size()).get("id").asText();
            LocalDate registered = LocalDate.of(2016, 1, 4).plusDays(random.nextInt(1_700)); // to August 2020
            csv.append(String.join(",", p.name(), p.gender(), p.birthDate().toString(), p.phone(), p.idNumber(), home,
                    Boolean.toString(random.nextInt(100) < 38), SKILLS[random.nextInt(SKILLS.length)]
                            + (random.nextBoolean() ? ";" + SKILLS[random.nextInt(SKILLS.length)] : ""), "ACTIVE",
                    registered.toString())).append('\n');
            // most serve a few half-days; one in sixteen serves weekly (a star), one in a hundred more (two stars)
            boolean weekly = i % 16 == 0 && registered.isBefore(LocalDate.of(2019, 1, 1));
            boolean devoted = i % 100 == 0 && registered.isBefore(LocalDate.of(2019, 1, 1));
            int services = devoted ? 95 : weekly ? 32 : 1 + random.nextInt(5);
            LocalDate first = registered.isAfter(LocalDate.of(2019, 1, 1)) ? registered.plusDays(1) : LocalDate.of(2019, 1, 1);
            long span = LocalDate.of(2020, 12, 20).toEpochDay() - first.toEpochDay();
            long step = Math.max(1, span / services);
            for (int s = 0; s < services && s * step <= span; s++) {
                LocalDate day = first.plusDays(s * step + random.nextInt((int) Math.max(1, step)));
                if (day.isAfter(LocalDate.of(2020, 12, 20))) {
                    break;
                }
                int h = devoted || weekly ? 4 : 2 + random.nextInt(3);
                OffsetDateTime start = day.atTime(8 + random.nextInt(2), 0).atOffset(ZoneOffset.ofHours(8));
                records.append(',').append(p.idNumber()).append(",,").append(home).append(',').append(start).append(',')
                        .append(start.plusHours(h)).append(',').append(h).append(',').append(SERVICES[random.nextInt(SERVICES.length)])
                        .append('\n');
                rows++;
                hours += h;
            }
        }
        api.importFile("/volunteers/import", "text/csv", csv.toString());
        loaded.add("volunteers (Sujiatun, CSV import)", VOLUNTEERS);
        api.importFile("/service-records/import", "text/csv", records.toString());
        loaded.add("service records (Sujiatun, 2019-2020, CSV import)", rows);
        loaded.add("service hours recorded (Sujiatun, 2019-2020)", Math.round(hours));
    }

    private static final String[][] FAIR_THEMES = {{"PARTY_BUILDING_EPIDEMIC_PREVENTION", "党建+防疫"},
        {"PARTY_BUILDING_CIVILISED_CITY", "党建+创城"}, {"PARTY_BUILDING_BUSINESS_ENVIRONMENT", "党建+营商"}};
    private static final String[] ITEMS = {"义务理发", "健康咨询", "法律咨询", "家电维修", "防疫知识宣传", "政策解读", "磨剪刀", "测血压",
        "营商帮办", "文明交通宣传", "心理疏导", "垃圾分类指导"};

    /** The 18 themed service fairs of 2020 (6 items each) and 12 ordinary activities. */
    private void fairs(String sjt, List<JsonNode> subdistricts) {
        reseed("fairs");
        Set<String> existing = api.all("/service-activities?orgUnitId=" + sjt + "&from=2020-01-01&to=2020-12-31").stream()
                .map(a -> a.get("title").asText()).collect(Collectors.toSet());
        List<ObjectNode> bodies = new ArrayList<>();
        for (int i = 0; i < FAIRS + 12; i++) {
            boolean fair = i < FAIRS;
            String[] theme = FAIR_THEMES[i % 3];
            JsonNode organizer = subdistricts.get(i % subdistricts.size());
            // the fairs every fortnight or so from March 2020, the ordinary activities between them
            OffsetDateTime start = LocalDate.of(2020, 3, 7).plusDays(fair ? i * 15L : (i - FAIRS) * 22L + 7).atTime(9, 0)
                    .atOffset(ZoneOffset.ofHours(8));
            ObjectNode b = Api.object().put("kind", fair ? "SERVICE_FAIR" : "ACTIVITY")
                    .put("title", fair ? "第" + (i + 1) + "期\"" + theme[1] + "\"党员志愿服务大集" : organizer.get("name").asText() + "党员志愿服务日")
                    .put("theme", fair ? theme[0] : "COMMUNITY_SERVICE").put("organizerOrgUnitId", i % 4 == 0 ? sjt : organizer.get("id").asText())
                    .put("place", organizer.get("name").asText() + "文化广场").put("startsAt", start.toString())
                    .put("endsAt", start.plusHours(3).toString()).put("capacity", 200);
            if (fair) {
                for (int k = 0; k < FAIR_ITEMS / FAIRS; k++) {
                    b.withArray("items").addObject().put("name", ITEMS[(i + k * 5) % ITEMS.length]);
                }
            }
            bodies.add(b);
        }
        loaded.each(bodies.stream().filter(b -> !existing.contains(b.get("title").asText())).toList(),
                b -> api.create("/service-activities", b, "sjt-activity-" + b.get("title").asText()));
        loaded.add("service fairs (Sujiatun, 2020)", FAIRS);
        loaded.add("other service activities (Sujiatun, 2020)", 12);
    }

    private static final String CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] GRADES = {"PROFESSIONAL", "GUARANTEED", "SELF_SERVICE", "CO_GOVERNANCE"};

    /** 16 property companies, 150 compounds in the four grades (20 regraded in 2020), 30 owners' committees. */
    private void redProperty(String sjt, List<JsonNode> subdistricts, List<JsonNode> communities) {
        reseed("redProperty");
        Set<String> companiesThere = api.all("/property-companies?orgUnitId=" + sjt).stream().map(c -> c.get("name").asText())
                .collect(Collectors.toSet());
        List<ObjectNode> companies = new ArrayList<>();
        String[] brands = {"万科", "碧桂园", "华润", "金地", "保利", "中海", "恒大", "远洋", "雅居乐", "绿城", "龙湖", "融创", "沈南", "苏家屯城建",
            "枫杨", "红菱"};
        for (int i = 0; i < brands.length; i++) {
            String first17 = "91210111" + String.format("%09d", 100_000_000 + i * 7_919).replace('O', '0');
            companies.add(Api.object().put("name", "沈阳" + brands[i] + "物业服务有限公司").put("creditCode", first17 + creditCheck(first17))
                    .put("orgUnitId", i % 3 == 0 ? sjt : subdistricts.get(i % subdistricts.size()).get("id").asText())
                    .put("hasPartyOrganization", i % 4 != 3).put("partyOrganizationName", i % 4 != 3 ? "沈阳" + brands[i] + "物业党支部" : null)
                    .put("partyMemberCount", i % 4 != 3 ? 5 + i : 0));
        }
        loaded.each(companies.stream().filter(c -> !companiesThere.contains(c.get("name").asText())).toList(),
                c -> api.create("/property-companies", c, "sjt-company-" + c.get("creditCode").asText()));
        List<JsonNode> companyIds = api.all("/property-companies?orgUnitId=" + sjt);
        Set<String> compoundsThere = api.all("/residential-compounds?orgUnitId=" + sjt).stream().map(c -> c.get("name").asText())
                .collect(Collectors.toSet());
        String[] names = {"花园", "家园", "小区", "新城", "佳园", "雅居", "华府", "名苑"};
        List<ObjectNode> compounds = new ArrayList<>();
        int[] perGrade = {50, 40, 35, 25};
        int g = 0;
        int left = perGrade[0];
        for (int i = 0; i < 150; i++) {
            while (left == 0) {
                left = perGrade[++g];
            }
            left--;
            JsonNode c = communities.get((i * 3) % communities.size());
            ObjectNode body = Api.object().put("name", c.get("name").asText().replace("社区", "") + names[i % names.length] + (i / 64 + 1) + "期")
                    .put("communityId", c.get("id").asText()).put("address", c.get("name").asText() + (i % 40 + 1) + "号")
                    .put("households", 120 + random.nextInt(900)).put("grade", GRADES[g])
                    .put("gradedOn", LocalDate.of(2019, 5, 6).plusDays(random.nextInt(120)).toString());
            if (g == 0) {
                body.put("propertyCompanyId", companyIds.get(i % companyIds.size()).get("id").asText());
            }
            compounds.add(body);
        }
        loaded.each(compounds.stream().filter(c -> !compoundsThere.contains(c.get("name").asText())).toList(),
                body -> api.create("/residential-compounds", body, "sjt-compound-" + body.get("name").asText()));
        // then what happened to them since, judged on what each is now (so a second run adds nothing)
        List<JsonNode> stored = api.all("/residential-compounds?orgUnitId=" + sjt);
        loaded.each(stored, compound -> {
            int h = Math.abs(compound.get("name").asText().hashCode());
            String id = compound.get("id").asText();
            if (compound.get("grade").asText().equals("GUARANTEED") && h % 2 == 0) {
                api.step("/residential-compounds/" + id + "/grade-changes", Api.object().put("grade", "CO_GOVERNANCE")
                        .put("occurredOn", "2020-09-15").put("reason", "成立业主委员会和党小组,转为共建共治保障服务"),
                        "\"" + compound.get("version").asText() + "\"");
            }
            if (h % 5 == 0) {
                api.create("/owners-committees", Api.object().put("compoundId", id).put("name", compound.get("name").asText() + "业主委员会")
                        .put("chairName", "业委会主任").put("termStartsOn", "2019-07-01").put("termEndsOn", "2024-06-30")
                        .put("memberCount", 7).put("partyMemberCount", 3).put("hasPartyOrganization", true), "sjt-owners-" + id);
            }
        });
        loaded.add("property companies (Sujiatun)", companies.size());
        loaded.add("residential compounds (Sujiatun, four grades)", compounds.size());
    }

    static char creditCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CODE_ALPHABET.indexOf(first17.charAt(i)) * CODE_WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CODE_ALPHABET.charAt(check == 31 ? 0 : check);
    }

    private static final String[][] OPINIONS = {{"ENVIRONMENT_RENOVATION", "小区绿地荒废,建议改造为休闲场地"},
        {"RESIDENTS_LIVING", "老旧小区楼道照明损坏"}, {"PROPERTY_MANAGEMENT", "弃管小区无人管理,垃圾堆积"},
        {"TRAFFIC", "学校门口上下学时段交通拥堵"}, {"ELDERLY_CARE", "社区缺少老年人日间照料场所"},
        {"BUSINESS_ENVIRONMENT", "个体工商户办照流程繁琐"}, {"EPIDEMIC_PREVENTION", "开放式小区出入口防疫值守人手不足"},
        {"HEALTH", "社区卫生服务站药品种类少"}};

    /** Studios, representatives, the 2020 open days and opinions, each opinion walked to its state. */
    private void representatives(String sjt, JsonNode district, List<JsonNode> subdistricts) {
        reseed("representatives");
        List<JsonNode> studios = api.all("/representative-studios?orgUnitId=" + sjt);
        if (!studios.isEmpty()) {
            return; // loaded before: open days and opinions have no natural key to look up, so this part runs once
        }
        List<JsonNode> units = new ArrayList<>(subdistricts);
        units.add(0, district);
        List<JsonNode> created = new ArrayList<>();
        for (JsonNode u : units) {
            created.add(api.create("/representative-studios", Api.object().put("name", u.get("name").asText() + "\"两代表一委员\"工作室")
                    .put("orgUnitId", u.get("id").asText()).put("address", u.get("name").asText() + "党群服务中心二楼")
                    .put("openedOn", "2018-06-01"), "sjt-studio-" + u.get("id").asText()));
        }
        String[] bodies = {"PARTY_CONGRESS", "PEOPLES_CONGRESS", "CPPCC"};
        String[] occupations = {"社区党委书记", "企业负责人", "教师", "医生", "律师", "农民专业合作社理事长"};
        List<List<String>> repsByStudio = new ArrayList<>();
        for (int s = 0; s < created.size(); s++) {
            List<String> reps = new ArrayList<>();
            for (int r = 0; r < (s == 0 ? 12 : 3); r++) {
                People.Person p = people.person("210111", 1960, 1985);
                JsonNode rep = api.create("/representatives", Api.object().put("name", p.name()).put("body", bodies[(s + r) % 3])
                        .put("congressLevel", r % 4 == 3 ? "CITY" : "DISTRICT").put("orgUnitId", units.get(s).get("id").asText())
                        .put("studioId", created.get(s).get("id").asText()).put("phone", p.phone())
                        .put("occupation", occupations[(s + r) % occupations.length]).put("termStartsOn", "2016-10-01"),
                        "sjt-rep-" + p.idNumber());
                reps.add(rep.get("id").asText());
            }
            repsByStudio.add(reps);
        }
        // open days: 8 per studio in 2020, the district's 8 as well (104)
        List<Object[]> openDays = new ArrayList<>();
        for (int s = 0; s < created.size(); s++) {
            for (int d = 0; d < OPEN_DAYS_2020 / created.size(); d++) {
                openDays.add(new Object[] {s, LocalDate.of(2020, 1, 15).plusDays(d * 44L + s)});
            }
        }
        List<String> openDayIds = new java.util.concurrent.CopyOnWriteArrayList<>();
        loaded.each(openDays, o -> {
            int s = (Integer) o[0];
            ObjectNode body = Api.object().put("heldOn", o[1].toString()).put("theme", "\"两代表一委员\"工作室开放日:听民声、解民忧")
                    .put("visitors", 20 + ((LocalDate) o[1]).getDayOfMonth()).put("notes", "收集居民意见建议");
            repsByStudio.get(s).forEach(r -> body.withArray("representativeIds").add(r));
            JsonNode day = api.create("/representative-studios/" + created.get(s).get("id").asText() + "/open-days", body,
                    "sjt-openday-" + s + "-" + o[1]);
            if (((LocalDate) o[1]).getMonthValue() <= 9) {
                openDayIds.add(s + "|" + day.get("id").asText() + "|" + o[1]);
            }
        });
        // 72 opinions of 2020 and where each ended
        String[] ends = new String[72];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = i < OPINIONS_RESOLVED_2020 ? "RESOLVED" : i < OPINIONS_RESOLVED_2020 + OPINIONS_CONVERTED_2020 ? "CONVERTED_TO_PROPOSAL"
                    : i < 46 ? "DECLINED" : i < 54 ? "COORDINATING" : i < 62 ? "ASSIGNED" : "RECEIVED";
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < ends.length; i++) {
            indexes.add(i);
        }
        List<String> days = new ArrayList<>(openDayIds);
        days.sort(null);
        String[] channels = {"STUDIO", "MAILBOX", "INTERVIEW", "OPEN_DAY"};
        List<People.Person> raisers = new ArrayList<>();
        for (int i = 0; i < ends.length; i++) {
            raisers.add(people.person("210111", 1950, 1995));
        }
        loaded.each(indexes, i -> {
            String channel = channels[i % 4];
            int s = i % created.size();
            LocalDate received = LocalDate.of(2020, 2, 3).plusDays(i * 3L);
            String openDay = null;
            if (channel.equals("OPEN_DAY")) {
                String[] d = days.get(i % days.size()).split("\\|");
                s = Integer.parseInt(d[0]);
                openDay = d[1];
                received = LocalDate.parse(d[2]);
            }
            String[] topic = OPINIONS[i % OPINIONS.length];
            ObjectNode body = Api.object().put("studioId", created.get(s).get("id").asText()).put("channel", channel)
                    .put("category", topic[0]).put("raisedByName", raisers.get(i).name()).put("raisedByPhone", raisers.get(i).phone())
                    .put("content", topic[1]).put("receivedOn", received.toString());
            if (openDay != null) {
                body.put("openDayId", openDay);
            }
            JsonNode opinion = api.create("/opinions", body, "sjt-opinion-" + i);
            String path = "/opinions/" + opinion.get("id").asText() + "/actions";
            long version = opinion.get("version").asLong();
            String end = ends[i];
            LocalDate on = received;
            if (end.equals("RECEIVED")) {
                return;
            }
            if (end.equals("DECLINED") && i % 2 == 0) {
                api.step(path, Api.object().put("action", "DECLINE").put("occurredOn", on.plusDays(3).toString())
                        .put("reason", "不属于工作室受理范围,已引导通过法律途径解决"), "\"" + version + "\"");
                return;
            }
            on = on.plusDays(2);
            version = api.step(path, Api.object().put("action", "ASSIGN").put("occurredOn", on.toString())
                    .put("representativeId", repsByStudio.get(s).get(i % repsByStudio.get(s).size())), "\"" + version + "\"")
                    .get("version").asLong();
            if (end.equals("ASSIGNED")) {
                return;
            }
            on = on.plusDays(5);
            version = api.step(path, Api.object().put("action", "COORDINATE").put("occurredOn", on.toString())
                    .put("coordinationNote", "协调区直相关部门现场办公"), "\"" + version + "\"").get("version").asLong();
            on = on.plusDays(20);
            ObjectNode last = switch (end) {
                case "RESOLVED" -> Api.object().put("action", "RESOLVE").put("resolution", "已协调解决,居民满意");
                case "CONVERTED_TO_PROPOSAL" -> Api.object().put("action", "CONVERT_TO_PROPOSAL")
                        .put("proposalNumber", "苏人大建〔2020〕" + (i + 1) + "号");
                case "DECLINED" -> Api.object().put("action", "DECLINE").put("reason", "经协调暂不具备解决条件,已向群众解释");
                default -> null;
            };
            if (last == null) {
                return;
            }
            version = api.step(path, last.put("occurredOn", on.toString()), "\"" + version + "\"").get("version").asLong();
            if (!end.equals("DECLINED")) {
                api.step(path, Api.object().put("action", "REPLY").put("occurredOn", on.plusDays(2).toString())
                        .put("reply", "已电话回复反映人"), "\"" + version + "\"");
            }
        });
        loaded.add("representative studios (Sujiatun)", created.size());
        loaded.add("representatives (Sujiatun)", repsByStudio.stream().mapToInt(List::size).sum());
        loaded.add("studio open days (Sujiatun, 2020)", openDays.size());
        loaded.add("opinions (Sujiatun, 2020, every state)", ends.length);
    }
}

package cn.shenyang.grassroots.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stand-ins for volunteer-, cadre-pipeline- and rural-industry-service behind the overview and the
 * profile: one WireMock each, answering its overview call with the article's figures (the JSON each
 * service's schema describes) and its part of the profile, so a test can stop one or slow it down. org-structure is the real one.
 */
public class DomainServices implements QuarkusTestResourceLifecycleManager {
    public static final String VOLUNTEER = "volunteer";
    public static final String CADRE = "cadre-pipeline";
    public static final String RURAL = "rural-industry";
    private static final Map<String, WireMockServer> SERVERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, Integer> PORTS = new java.util.concurrent.ConcurrentHashMap<>();

    public static WireMockServer server(String service) {
        return SERVERS.get(service);
    }

    @Override
    public Map<String, String> start() {
        for (String s : new String[] {VOLUNTEER, CADRE, RURAL}) {
            start(s, 0);
        }
        // the overview's clients only; the proxy routes keep pointing at a port nobody listens on
        return Map.of("quarkus.rest-client.volunteer.url", url(VOLUNTEER),
                "quarkus.rest-client.cadre-pipeline.url", url(CADRE),
                "quarkus.rest-client.rural-industry.url", url(RURAL));
    }

    private static String url(String service) {
        return "http://127.0.0.1:" + PORTS.get(service);
    }

    private static void start(String service, int port) {
        WireMockServer server = new WireMockServer(options().port(port).bindAddress("127.0.0.1"));
        server.start();
        PORTS.put(service, server.port());
        SERVERS.put(service, server);
        stub(service);
    }

    /** Stops the service, as a crashed process would be: its port refuses connections. */
    public static void stop(String service) {
        SERVERS.remove(service).stop();
    }

    /** Starts it again on the same port with its usual answers. */
    public static void restart(String service) {
        start(service, PORTS.get(service));
    }

    /** Back to the usual answers (after a test changed one). */
    public static void stub(String service) {
        WireMockServer s = SERVERS.get(service);
        s.resetAll();
        switch (service) {
            case VOLUNTEER -> {
                json(s, "/api/v1/volunteer-stats", VOLUNTEER_STATS);
                String teams = page("{\"id\":\"11111111-1111-1111-1111-111111111111\",\"name\":\"育林社区志愿服务队\"}");
                s.stubFor(get(urlPathMatching("/api/v1/three-platforms-profiles/.*")).willReturn(ok(
                        "{\"volunteerTeams\":" + teams + ",\"residentialCompounds\":" + teams + ",\"opinions\":" + teams + "}")));
            }
            case CADRE -> {
                json(s, "/api/v1/reserve-cadre-overview", CADRE_OVERVIEW);
                json(s, "/api/v1/reserve-cadres", page("{\"id\":\"22222222-2222-2222-2222-222222222222\",\"name\":\"王雏雁\"}"));
            }
            case RURAL -> {
                json(s, "/api/v1/rural-industry-overview", RURAL_OVERVIEW);
                String rows = page("{\"id\":\"33333333-3333-3333-3333-333333333333\",\"year\":2020}");
                s.stubFor(get(urlPathMatching("/api/v1/rural-industry-profiles/.*")).willReturn(ok("{\"collectiveIncomes\":"
                        + rows + ",\"villageIndustries\":" + rows + ",\"cooperatives\":" + rows + ",\"rectifications\":" + rows + "}")));
            }
            default -> throw new IllegalArgumentException(service);
        }
    }

    private static void json(WireMockServer s, String path, String body) {
        s.stubFor(get(urlPathEqualTo(path)).willReturn(ok(body)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String page(String item) {
        return "{\"items\":[" + item + "],\"page\":0,\"size\":20,\"totalItems\":1}";
    }

    @Override
    public void stop() {
        SERVERS.values().forEach(WireMockServer::stop);
        SERVERS.clear();
    }

    public static final String VOLUNTEER_STATS = """
            {"orgUnitId":"00000000-0000-0000-0000-000000000000","orgUnitName":"苏家屯区","year":2020,
             "periodStart":"2020-01-01","periodEnd":"2020-12-31",
             "volunteers":{"volunteers":10234,"partyMemberVolunteers":3120,"hours":51234.5,
               "byStarLevel":[{"starLevel":0,"volunteers":9000},{"starLevel":1,"volunteers":1200},{"starLevel":2,"volunteers":34},
                              {"starLevel":3,"volunteers":0},{"starLevel":4,"volunteers":0},{"starLevel":5,"volunteers":0}]},
             "teamsByKind":{"VOLUNTEER_TEAM":312,"PROFESSIONAL_ORGANIZATION":10,"SPECIALTY_SQUAD":12},
             "activities":{"fairsHeld":18,"fairServiceItems":104,"heldByKind":{"SERVICE_FAIR":18}},
             "compoundsByGrade":{"PROFESSIONAL":40,"GUARANTEED":30,"SELF_SERVICE":20,"CO_GOVERNANCE":10},
             "opinions":{"received":52,"receivedByStatus":{},"resolved":31,"convertedToProposals":7,"openDaysHeld":103}}""";
    /** GET /api/v1/reserve-cadre-overview: the four cadre sections. */
    public static final String CADRE_OVERVIEW = """
            {"orgUnitId":"00000000-0000-0000-0000-000000000000","year":2020,"periodStart":"2020-01-01","periodEnd":"2020-12-31",
             "reserveCadres":{"recommended":310,"reachedReserve":280,"conversion":0.9032,"inPool":931,
               "admittedProbationary":88,"becameFullMember":40,"enteredCommittees":165,"removed":12},
             "coverage":{"villages":214,"poolMembers":931,"villagesWithoutPoolMember":{"gap":"VILLAGES_WITHOUT_POOL_MEMBER","count":3,"items":[]}},
             "cadrePostings":{"year":2020,"startedInYear":{"total":421,"bySource":{"PUBLIC_SELECTION":40,"NEWLY_PROMOTED":19,
               "SERVICE_CENTRE_STATIONED":362},"byRank":{},"byUnit":[]},"runningOn":{"total":500,"bySource":{},"byRank":{},"byUnit":[]}},
             "dutyDeployments":{"deployments":4,"headcount":3606,"byKind":[{"kind":"HIGHWAY_CHECKPOINT","deployments":1,"headcount":450},
               {"kind":"COMMUNITY_EPIDEMIC_CONTROL","deployments":1,"headcount":156},{"kind":"OPEN_COMPOUND_DUTY","deployments":1,"headcount":1000},
               {"kind":"MASS_TESTING","deployments":1,"headcount":2000}]}}""";
    /** GET /api/v1/rural-industry-overview: the six rural sections. */
    public static final String RURAL_OVERVIEW = """
            {"orgUnitId":"00000000-0000-0000-0000-000000000000","year":2020,
             "collectiveIncomes":{"year":2020,"status":"CONFIRMED","figures":{"villages":335,"villagesReporting":335,
               "villagesReportingPreviousYear":335,"villagesReportingBothYears":335,"hollow":0,"hollowPreviousYear":15,"hollowCleared":15,
               "thresholds":[{"threshold":50000,"atOrAbove":301,"newlyAbove":168,"newlyAbovePreviousYear":109,"newlyAboveChange":59,
                              "newlyAboveChangeRate":0.5413,"risenMoreThan":150,"risenMoreThanRate":0.4478},
                             {"threshold":1000000,"atOrAbove":9,"newlyAbove":2,"newlyAbovePreviousYear":1,"newlyAboveChange":1,
                              "newlyAboveChangeRate":1.0000,"risenMoreThan":5,"risenMoreThanRate":0.0149}]}},
             "demonstrationVillageIncomes":{"year":2020,"status":"CONFIRMED","demonstrationRating":"DEMONSTRATION","figures":{"villages":120,
               "villagesReportingBothYears":120,"thresholds":[{"threshold":200000,"risenMoreThan":110,"risenMoreThanRate":0.9167}]}},
             "demonstrationRatings":{"demonstration":120,"wholeTownshipDemonstrations":14},
             "rectifications":{"opened":40,"closedOut":35},
             "cooperatives":{"cadreLed":512,"leadingCadres":478,"linkedHouseholds":27044,"incomeIncrease":127703932.00,
               "cadreLedLinkedHouseholds":25310,"cadreLedIncomeIncrease":120000000.00},
             "partyMemberPosts":{"claims":940,"members":820,"byPostType":[{"postType":"POLICY_PROMOTION","claims":600},
               {"postType":"ENVIRONMENT","claims":340},{"postType":"MEDIATION","claims":0}]}}""";
}

package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.gates.support.Http;
import cn.shenyang.grassroots.gates.support.RunningSuite;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo jurisdiction that {@code ./suite} loads on first start (through the public API, like any
 * client) reproduces the source article's 2020 figures of Xinmin, Liaozhong and Sujiatun: each
 * jurisdiction's 2020 overview (one call, every service) figure by figure, then each figure again
 * from the statistics endpoint of the service that owns it. The expected numbers are the article's,
 * written out here, not taken from the loader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.Order(1) // first: the fuzz and the flows that run later change the jurisdiction's records
class DemoJurisdictionTest {
    private String api;
    private String admin;

    @BeforeAll
    void signIn() {
        RunningSuite suite = RunningSuite.get();
        api = suite.baseUrl() + "/api/v1";
        admin = Http.token(suite.baseUrl(), RunningSuite.ADMIN, RunningSuite.ADMIN_PASSWORD);
    }

    private JsonNode get(String path) {
        Http.Answer a = Http.get(api + path, admin);
        assertEquals(200, a.status(), () -> "GET " + path + ": " + a);
        return a.json();
    }

    private String unit(String divisionCode) {
        return get("/org-units?divisionCode=" + divisionCode).path("items").get(0).path("id").asText();
    }

    private List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode p = get(path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            p.path("items").forEach(items::add);
            if (items.size() >= p.path("totalItems").asLong() || p.path("items").isEmpty()) {
                return items;
            }
        }
    }

    private static JsonNode threshold(JsonNode stats, int yuan) {
        for (JsonNode t : stats.path("figures").path("thresholds")) {
            if (t.path("threshold").decimalValue().compareTo(BigDecimal.valueOf(yuan)) == 0) {
                return t;
            }
        }
        throw new AssertionError("no threshold " + yuan + " in " + stats);
    }

    /** Each jurisdiction's 2020 overview, complete (nothing missing), shows the article's figures. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Overviews {
        private JsonNode overview(String divisionCode) {
            JsonNode o = get("/overview?orgUnitId=" + unit(divisionCode) + "&year=2020");
            assertEquals(0, o.path("missing").size(), o.path("missing")::toString);
            assertEquals("2020-12-31", o.path("periodEnd").asText());
            return o;
        }

        @Test
        void xinmin() {
            JsonNode o = overview("210181");
            assertEquals("新民市", o.path("orgUnitName").asText());
            assertTrue(o.path("units").path("descendantsByLevel").path("VILLAGE").asLong() >= 339, o.path("units")::toString);
            JsonNode incomes = o.path("collectiveIncomes");
            assertEquals(15, incomes.path("hollowPreviousYear").asLong(), incomes::toString);
            assertEquals(15, incomes.path("hollowCleared").asLong(), incomes::toString);
            assertEquals(0, incomes.path("hollow").asLong(), incomes::toString);
            assertEquals(168, incomes.path("newlyAbove50k").asLong(), incomes::toString);
            assertEquals(109, incomes.path("newlyAbove50kPreviousYear").asLong(), incomes::toString);
            assertEquals(new BigDecimal("0.5413"), incomes.path("newlyAbove50kChangeRate").decimalValue(), "54 % more");
            assertEquals(5, incomes.path("risenMoreThan1m").asLong(), incomes::toString);
            assertEquals(120, o.path("demonstrationRatings").path("demonstrationVillages").asLong());
            assertEquals(14, o.path("demonstrationRatings").path("wholeTownshipDemonstrations").asLong());
            assertTrue(o.path("demonstrationVillageIncomes").path("risenMoreThan200kRate").decimalValue()
                    .compareTo(new BigDecimal("0.9")) > 0, o.path("demonstrationVillageIncomes")::toString);
            assertEquals(35, o.path("rectifications").path("closedOut").asLong(), o.path("rectifications")::toString);
            JsonNode cooperatives = o.path("cooperatives");
            assertEquals(478, cooperatives.path("leadingCadres").asLong(), cooperatives::toString);
            assertTrue(cooperatives.path("cadreLedLinkedHouseholds").asLong() > 25_000, cooperatives::toString);
            assertEquals(0, new BigDecimal("120000000").compareTo(cooperatives.path("cadreLedIncomeIncrease").decimalValue()),
                    cooperatives::toString);
            JsonNode posts = o.path("partyMemberPosts").path("claimsByPostType");
            for (String type : List.of("INDUSTRY_DEVELOPMENT_DEMONSTRATION", "RURAL_CIVILITY_HARMONY", "POVERTY_RELIEF_CARE")) {
                assertTrue(posts.path(type).asLong() > 0, type + " in " + posts);
            }
        }

        @Test
        void liaozhong() {
            JsonNode o = overview("210115");
            JsonNode cadres = o.path("reserveCadres");
            assertTrue(cadres.path("inPool").asLong() >= 930 && cadres.path("inPool").asLong() < 940, "930余名: " + cadres);
            assertEquals(88, cadres.path("admittedProbationary").asLong(), cadres::toString);
            assertEquals(165, cadres.path("enteredCommittees").asLong(), cadres::toString);
            assertEquals(0, o.path("reserveCadreCoverage").path("villagesWithoutPoolMember").asLong(),
                    o.path("reserveCadreCoverage")::toString);
        }

        @Test
        void sujiatun() {
            JsonNode o = overview("210111");
            JsonNode pairings = o.path("pairings");
            assertEquals(67, pairings.path("pairedDepartments").asLong(), pairings::toString);
            assertEquals(56, pairings.path("pairedCommunities").asLong(), pairings::toString);
            assertTrue(o.path("whistles").path("raised").asLong() > 100, o.path("whistles")::toString);
            JsonNode sites = o.path("serviceSites").path("byKind");
            assertTrue(sites.path("PARTY_MASSES_SERVICE_CENTER").asLong() >= 13, sites::toString);
            assertTrue(sites.path("PARTY_MASSES_SERVICE_STATION").asLong() >= 56, sites::toString);
            JsonNode v = o.path("volunteers");
            assertTrue(v.path("teamsByKind").path("PARTY_MEMBER_TEAM").asLong() > 300, v::toString);
            assertEquals(12, v.path("teamsByKind").path("SPECIALTY_SQUAD").asLong(), v::toString);
            assertTrue(v.path("volunteers").asLong() > 10_000, v::toString);
            assertEquals(18, v.path("fairsHeld").asLong(), v::toString);
            assertTrue(v.path("fairServiceItems").asLong() > 100, v::toString);
            for (String grade : List.of("PROFESSIONAL", "GUARANTEED", "SELF_SERVICE", "CO_GOVERNANCE")) {
                assertTrue(v.path("compoundsByGrade").path(grade).asLong() > 0, grade + " in " + v);
            }
            assertTrue(v.path("opinionsResolved").asLong() > 30, v::toString);
            assertEquals(7, v.path("opinionsConvertedToProposals").asLong(), v::toString);
            JsonNode postings = o.path("cadrePostings").path("startedInYearBySource");
            assertEquals(40, postings.path("PUBLIC_SELECTION").asLong(), postings::toString);
            assertEquals(19, postings.path("NEWLY_PROMOTED").asLong(), postings::toString);
            assertTrue(postings.path("SERVICE_CENTRE_STATIONED").asLong() > 360, postings::toString);
            JsonNode duty = o.path("dutyDeployments").path("headcountByKind");
            assertEquals(450, duty.path("HIGHWAY_CHECKPOINT").asLong(), duty::toString);
            assertEquals(156, duty.path("COMMUNITY_EPIDEMIC_CONTROL").asLong(), duty::toString);
            assertEquals(1_000, duty.path("OPEN_COMPOUND_DUTY").asLong(), duty::toString);
            assertEquals(2_000, duty.path("MASS_TESTING").asLong(), duty::toString);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Xinmin {
        private String xinmin;
        private JsonNode incomes;

        @BeforeAll
        void read() {
            xinmin = unit("210181");
            incomes = get("/collective-income-stats?orgUnitId=" + xinmin + "&year=2020");
        }

        @Test
        void has28TownshipsAndSubdistrictsAndItsVillagesFromTheOfficialData() {
            JsonNode stats = get("/org-units/" + xinmin + "/stats");
            assertEquals(28, stats.path("descendantsByTier").path("TOWNSHIP").asLong(), stats::toString);
            // the article says 335 villages; the official data holds 339 VILLAGE units (the gates may add one)
            assertTrue(stats.path("descendantsByLevel").path("VILLAGE").asLong() >= 339, stats::toString);
        }

        @Test
        void allFifteenHollowVillagesOf2019WereClearedIn2020() {
            JsonNode f = incomes.path("figures");
            assertEquals(15, f.path("hollowPreviousYear").asLong(), f::toString);
            assertEquals(15, f.path("hollowCleared").asLong(), f::toString);
            assertEquals(0, f.path("hollow").asLong(), f::toString);
        }

        @Test
        void villagesNewlyAtOrAbove50000Were168In2020Against109In2019() {
            JsonNode t = threshold(incomes, 50_000);
            assertEquals(168, t.path("newlyAbove").asLong(), t::toString);
            assertEquals(109, t.path("newlyAbovePreviousYear").asLong(), t::toString);
            assertEquals(new BigDecimal("0.5413"), t.path("newlyAboveChangeRate").decimalValue(), "54 % more");
        }

        @Test
        void fiveVillagesIncomeRoseByMoreThanAMillion() {
            assertEquals(5, threshold(incomes, 1_000_000).path("risenMoreThan").asLong());
        }

        @Test
        void oneHundredTwentyDemonstrationVillagesAndFourteenDemonstrationTownships() {
            JsonNode counts = get("/demonstration-ratings/counts?orgUnitId=" + xinmin + "&year=2020");
            assertEquals(120, counts.path("demonstration").asLong(), counts::toString);
            assertEquals(14, counts.path("wholeTownshipDemonstrations").asLong(), counts::toString);
        }

        @Test
        void overNinetyPercentOfDemonstrationVillagesRoseByMoreThan200000() {
            JsonNode demo = get("/collective-income-stats?orgUnitId=" + xinmin
                    + "&year=2020&demonstrationRating=DEMONSTRATION&threshold=200000");
            assertEquals(120, demo.path("figures").path("villages").asLong());
            BigDecimal rate = threshold(demo, 200_000).path("risenMoreThanRate").decimalValue();
            assertTrue(rate.compareTo(new BigDecimal("0.9")) > 0, "rate " + rate);
        }

        @Test
        void thirtyFiveWeakAndLaxVillagesClosedOut() {
            JsonNode counts = get("/rectifications/counts?orgUnitId=" + xinmin + "&year=2020");
            assertEquals(35, counts.path("closedOut").asLong(), counts::toString);
            // each with its "four ones" (四个一) from org-structure's 包保 assignments
            assertEquals(counts.path("opened").asLong(), counts.path("openedWithFullFourOnes").asLong(), counts::toString);
        }

        @Test
        void fourHundredSeventyEightCadresLeadCooperativesLinking25000HouseholdsAndAdding120Million() {
            JsonNode totals = get("/cooperatives/totals?orgUnitId=" + xinmin + "&year=2020");
            assertEquals(478, totals.path("leadingCadres").asLong(), totals::toString);
            assertTrue(totals.path("cadreLedLinkedHouseholds").asLong() > 25_000, totals::toString);
            assertEquals(0, new BigDecimal("120000000").compareTo(totals.path("cadreLedIncomeIncrease").decimalValue()),
                    totals::toString);
        }

        @Test
        void overEightyPercentOfVillagesHaveALeadingIndustry() {
            JsonNode coverage = get("/village-industries/coverage?orgUnitId=" + xinmin);
            assertTrue(coverage.path("coverage").decimalValue().compareTo(new BigDecimal("0.8")) > 0, coverage::toString);
        }

        @Test
        void partyMembersClaimedPostsOfTheThreeTypesTheArticleNames() {
            JsonNode counts = get("/party-member-posts/counts?orgUnitId=" + xinmin + "&year=2020");
            Set<String> claimed = new HashSet<>();
            counts.path("byPostType").forEach(t -> {
                if (t.path("claims").asLong() > 0) {
                    claimed.add(t.path("postType").asText());
                }
            });
            assertTrue(claimed.containsAll(List.of("INDUSTRY_DEVELOPMENT_DEMONSTRATION", "RURAL_CIVILITY_HARMONY",
                    "POVERTY_RELIEF_CARE")), claimed::toString);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Liaozhong {
        private String liaozhong;
        private JsonNode stats2020;

        @BeforeAll
        void read() {
            liaozhong = unit("210115");
            stats2020 = get("/reserve-cadre-stats?orgUnitId=" + liaozhong + "&year=2020");
        }

        @Test
        void aboutNineHundredThirtyReserveCadresInThePool() {
            long inPool = stats2020.path("totals").path("inPool").asLong();
            assertTrue(inPool >= 930 && inPool < 940, "930余名: " + inPool);
        }

        @Test
        void eightyEightJoinedTheParty() {
            assertEquals(88, stats2020.path("totals").path("admittedProbationary").asLong(), stats2020.path("totals")::toString);
        }

        @Test
        void oneHundredSixtyFiveWereElectedIntoTheVillageCommittees() {
            assertEquals(165, stats2020.path("totals").path("enteredCommittees").asLong(), stats2020.path("totals")::toString);
        }

        @Test
        void theLedgerHoldsCadresInEveryStage() {
            for (String stage : List.of("RECOMMENDED", "QUALIFIED", "NOMINATED", "INSPECTED", "PUBLICIZED", "IN_RESERVE",
                    "REMOVED", "ELECTED", "REJECTED", "WITHDRAWN")) {
                assertTrue(get("/reserve-cadres?orgUnitId=" + liaozhong + "&stage=" + stage + "&size=1").path("totalItems")
                        .asLong() > 0, stage);
            }
        }

        @Test
        void everyVillageHasAReserveCadre() {
            JsonNode coverage = get("/reserve-cadre-coverage?orgUnitId=" + liaozhong + "&asOf=2020-12-31&size=1");
            assertEquals(0, coverage.path("villagesWithoutPoolMember").path("count").asLong(), coverage::toString);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Sujiatun {
        private String sujiatun;
        private JsonNode volunteers;

        @BeforeAll
        void read() {
            sujiatun = unit("210111");
            volunteers = get("/volunteer-stats?orgUnitId=" + sujiatun + "&year=2020");
        }

        @Test
        void sixtySevenDepartmentsArePairedWithFiftySixCommunities() {
            List<JsonNode> departments = all("/departments?districtId=" + sujiatun);
            Set<String> ours = new HashSet<>();
            departments.forEach(d -> ours.add(d.path("id").asText()));
            Set<String> paired = new HashSet<>();
            Set<String> pairedDepartments = new HashSet<>();
            for (JsonNode p : all("/pairings?activeOn=2020-12-31")) {
                if (ours.contains(p.path("departmentId").asText())) {
                    paired.add(p.path("communityId").asText());
                    pairedDepartments.add(p.path("departmentId").asText());
                }
            }
            assertEquals(67, pairedDepartments.size());
            assertEquals(56, paired.size());
        }

        @Test
        void whistlesOfTwoYearsAreInEveryState() {
            JsonNode stats = get("/whistles/stats?orgUnitId=" + sujiatun + "&from=2019-01-01&to=2020-12-31");
            for (String status : List.of("RAISED", "DISPATCHED", "IN_PROGRESS", "RESOLVED", "CLOSED", "RETURNED")) {
                assertTrue(stats.path("byStatus").path(status).asLong() > 0, status + " in " + stats.path("byStatus"));
            }
            for (int year : new int[] {2019, 2020}) {
                assertTrue(get("/whistles/stats?orgUnitId=" + sujiatun + "&from=" + year + "-01-01&to=" + year + "-12-31")
                        .path("raised").asLong() > 100, "whistles raised in " + year);
            }
            assertTrue(stats.path("satisfactionRate").decimalValue().compareTo(BigDecimal.ZERO) > 0, stats::toString);
        }

        @Test
        void memberUnitsReportOnTheirDuties() {
            List<JsonNode> units = all("/member-units?orgUnitId=" + sujiatun);
            assertTrue(units.size() >= 48, "member units: " + units.size());
            JsonNode reports = get("/member-units/" + units.get(0).path("id").asText() + "/duty-reports");
            assertTrue(reports.toString().contains("\"year\":2020"), reports::toString);
        }

        @Test
        void districtLeadersCoverEverySubdistrictAndDepartmentsCoverThePairedCommunities() {
            List<JsonNode> assignments = all("/responsibility-assignments?orgUnitId=" + sujiatun + "&activeOn=2020-12-31");
            assertEquals(12, assignments.stream().filter(a -> a.path("kind").asText().equals("DISTRICT_LEADER")).count());
            assertEquals(56, assignments.stream().filter(a -> a.path("kind").asText().equals("DEPARTMENT")).count());
            String yulin = unit("210111001013");
            String congress = all("/departments?districtId=" + sujiatun).stream()
                    .filter(d -> d.path("name").asText().equals("区人大常委会办公室")).findFirst().orElseThrow().path("id").asText();
            assertTrue(assignments.stream().anyMatch(a -> a.path("orgUnitId").asText().equals(yulin)
                    && a.path("departmentId").asText().equals(congress)), "区人大 包保 育林社区");
        }

        @Test
        void secretariesAreAssessedWithTheOneVoteVeto() {
            JsonNode ranking = get("/assessments/ranking?orgUnitId=" + sujiatun + "&year=2020");
            JsonNode items = ranking.isArray() ? ranking : ranking.path("items");
            assertTrue(items.size() >= 76, "assessed: " + items.size());
            assertTrue(ranking.toString().contains("\"vetoed\":true"), "someone failed on party building");
        }

        @Test
        void serviceCentresStationsAndRedStations() {
            JsonNode counts = get("/service-sites/counts?orgUnitId=" + sujiatun);
            assertTrue(counts.path("byKind").path("PARTY_MASSES_SERVICE_CENTER").asLong() >= 13, counts::toString);
            assertTrue(counts.path("byKind").path("PARTY_MASSES_SERVICE_STATION").asLong() >= 56, counts::toString);
            assertTrue(counts.path("byKind").path("RED_STATION").asLong() >= 2, counts::toString);
        }

        @Test
        void threeHundredTeamsTenOrganisationsAndTwelveSpecialtySquads() {
            JsonNode teams = volunteers.path("teamsByKind");
            assertTrue(teams.path("PARTY_MEMBER_TEAM").asLong() > 300, teams::toString);
            assertEquals(10, teams.path("PROFESSIONAL_ORGANIZATION").asLong(), teams::toString);
            assertEquals(12, teams.path("SPECIALTY_SQUAD").asLong(), teams::toString);
        }

        @Test
        void tenThousandVolunteersWithServiceHours() {
            JsonNode v = volunteers.path("volunteers");
            assertTrue(v.path("volunteers").asLong() > 10_000, v::toString);
            assertTrue(v.path("hours").decimalValue().compareTo(BigDecimal.valueOf(10_000)) > 0, v::toString);
            assertTrue(v.path("byStarLevel").get(1).path("volunteers").asLong() > 0, "some reached a star");
        }

        @Test
        void eighteenServiceFairsWithOverOneHundredItems() {
            JsonNode a = volunteers.path("activities");
            assertEquals(18, a.path("fairsHeld").asLong(), a::toString);
            assertTrue(a.path("fairServiceItems").asLong() > 100, a::toString);
        }

        @Test
        void compoundsInAllFourPropertyGrades() {
            JsonNode grades = volunteers.path("compoundsByGrade");
            for (String grade : List.of("PROFESSIONAL", "GUARANTEED", "SELF_SERVICE", "CO_GOVERNANCE")) {
                assertTrue(grades.path(grade).asLong() > 0, grade + " in " + grades);
            }
        }

        @Test
        void overOneHundredOpenDaysThirtyResolvedOpinionsAndSevenProposalsIn2020() {
            JsonNode o = volunteers.path("opinions");
            assertTrue(o.path("openDaysHeld").asLong() > 100, o::toString);
            assertTrue(o.path("resolved").asLong() > 30, o::toString);
            assertEquals(7, o.path("convertedToProposals").asLong(), o::toString);
            for (String status : List.of("RECEIVED", "ASSIGNED", "COORDINATING", "RESOLVED", "CONVERTED_TO_PROPOSAL", "DECLINED")) {
                assertTrue(o.path("receivedByStatus").path(status).asLong() > 0, status + " in " + o);
            }
        }

        @Test
        void cadrePostingsOf2020AsTheArticleCountsThem() {
            JsonNode bySource = get("/cadre-postings/counts?orgUnitId=" + sujiatun + "&year=2020").path("startedInYear")
                    .path("bySource");
            assertEquals(40, bySource.path("PUBLIC_SELECTION").asLong(), bySource::toString);
            assertEquals(19, bySource.path("NEWLY_PROMOTED").asLong(), bySource::toString);
            assertTrue(bySource.path("SERVICE_CENTRE_STATIONED").asLong() > 360, bySource::toString);
        }

        @Test
        void epidemicDutyDeploymentsOf2020() {
            JsonNode counts = get("/duty-deployments/counts?orgUnitId=" + sujiatun + "&from=2020-01-01&to=2020-12-31");
            for (JsonNode k : counts.path("byKind")) {
                long expected = switch (k.path("kind").asText()) {
                    case "HIGHWAY_CHECKPOINT" -> 450;
                    case "COMMUNITY_EPIDEMIC_CONTROL" -> 156;
                    case "OPEN_COMPOUND_DUTY" -> 1_000;
                    case "MASS_TESTING" -> 2_000;
                    default -> k.path("headcount").asLong();
                };
                assertEquals(expected, k.path("headcount").asLong(), k::toString);
            }
        }
    }

}

package cn.shenyang.grassroots.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.shenyang.grassroots.client.ApiClient;
import cn.shenyang.grassroots.client.ApiException;
import cn.shenyang.grassroots.client.api.AccountsApi;
import cn.shenyang.grassroots.client.api.AuthApi;
import cn.shenyang.grassroots.client.api.CollectiveIncomeStatisticsApi;
import cn.shenyang.grassroots.client.api.CollectiveIncomesApi;
import cn.shenyang.grassroots.client.api.DepartmentsApi;
import cn.shenyang.grassroots.client.api.OrgUnitsApi;
import cn.shenyang.grassroots.client.api.ReserveCadreStatisticsApi;
import cn.shenyang.grassroots.client.api.ReserveCadresApi;
import cn.shenyang.grassroots.client.api.ServiceHoursApi;
import cn.shenyang.grassroots.client.api.VolunteersApi;
import cn.shenyang.grassroots.client.api.WhistleCategoriesApi;
import cn.shenyang.grassroots.client.api.WhistlesApi;
import cn.shenyang.grassroots.client.model.CadreSource;
import cn.shenyang.grassroots.client.model.CollectiveIncome;
import cn.shenyang.grassroots.client.model.CollectiveIncomeStats;
import cn.shenyang.grassroots.client.model.CreateAccount;
import cn.shenyang.grassroots.client.model.CreateCollectiveIncome;
import cn.shenyang.grassroots.client.model.CreateOrgUnit;
import cn.shenyang.grassroots.client.model.CreateReserveCadre;
import cn.shenyang.grassroots.client.model.CreateServiceRecord;
import cn.shenyang.grassroots.client.model.CreateVolunteer;
import cn.shenyang.grassroots.client.model.Department;
import cn.shenyang.grassroots.client.model.DepartmentKind;
import cn.shenyang.grassroots.client.model.Education;
import cn.shenyang.grassroots.client.model.Gender;
import cn.shenyang.grassroots.client.model.GrantType;
import cn.shenyang.grassroots.client.model.IncomeAmountsInput;
import cn.shenyang.grassroots.client.model.IncomeReviewAction;
import cn.shenyang.grassroots.client.model.IncomeReviewStatus;
import cn.shenyang.grassroots.client.model.OrgUnit;
import cn.shenyang.grassroots.client.model.OrgUnitLevel;
import cn.shenyang.grassroots.client.model.PartyStatus;
import cn.shenyang.grassroots.client.model.PerformCollectiveIncomeAction;
import cn.shenyang.grassroots.client.model.PerformReserveCadreAction;
import cn.shenyang.grassroots.client.model.PerformWhistleAction;
import cn.shenyang.grassroots.client.model.RaiseWhistle;
import cn.shenyang.grassroots.client.model.RecommendationChannel;
import cn.shenyang.grassroots.client.model.ReserveCadre;
import cn.shenyang.grassroots.client.model.ReserveCadreAction;
import cn.shenyang.grassroots.client.model.ReserveCadreAllowedAction;
import cn.shenyang.grassroots.client.model.ReserveCadreStage;
import cn.shenyang.grassroots.client.model.ReserveCadreStats;
import cn.shenyang.grassroots.client.model.Role;
import cn.shenyang.grassroots.client.model.SaveDepartment;
import cn.shenyang.grassroots.client.model.SaveWhistleCategory;
import cn.shenyang.grassroots.client.model.ServiceRecord;
import cn.shenyang.grassroots.client.model.TokenResponse;
import cn.shenyang.grassroots.client.model.Volunteer;
import cn.shenyang.grassroots.client.model.VolunteerServiceSummary;
import cn.shenyang.grassroots.client.model.Whistle;
import cn.shenyang.grassroots.client.model.WhistleAction;
import cn.shenyang.grassroots.client.model.WhistleCategory;
import cn.shenyang.grassroots.client.model.WhistleDepartmentRank;
import cn.shenyang.grassroots.client.model.WhistleLocation;
import cn.shenyang.grassroots.client.model.WhistleStats;
import cn.shenyang.grassroots.client.model.WhistleStatus;
import cn.shenyang.grassroots.client.model.WhistleStep;
import cn.shenyang.grassroots.client.model.WhistleUrgency;
import cn.shenyang.grassroots.gates.support.RunningSuite;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The suite's main flow as a client author writes it, through the Java client generated from the
 * merged document and nothing else: sign in with the password grant, create a village, walk a
 * reserve cadre from RECOMMENDED to IN_RESERVE on the days each step happened, and read the
 * statistics that count it; register a volunteer, record their hours and read the star level; report,
 * review and confirm a village's collective income and read the indicators that count it; raise a
 * whistle as a community, dispatch it as the sub-district, check in and report as the department's
 * liaison, confirm it with a rating and read the statistics that count it. As each
 * domain service lands, its own main flow joins this class.
 */
class EndToEndTest {
    private final RunningSuite suite = RunningSuite.get();

    @Test
    void signInCreateAVillageWalkAReserveCadreAndReadItsStatistics() throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(suite.baseUrl());
        TokenResponse token = new AuthApi(anonymous).issueToken(GrantType.PASSWORD, RunningSuite.ADMIN,
                RunningSuite.ADMIN_PASSWORD, null, null, null);
        assertEquals(TokenResponse.TokenTypeEnum.BEARER, token.getTokenType());
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        // a village under one of the demo townships
        OrgUnitsApi orgUnits = new OrgUnitsApi(client);
        OrgUnit township = orgUnits.listOrgUnits(null, null, OrgUnitLevel.TOWNSHIP, 0, null, null, 1, null, null).getItems().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "端到端村" + tag;
        OrgUnit village = orgUnits.createOrgUnit(new CreateOrgUnit().name(name).level(OrgUnitLevel.VILLAGE)
                .parentId(township.getId()), "e2e-village-" + tag);
        assertEquals(OrgUnitLevel.VILLAGE, village.getLevel());
        assertEquals(township.getId(), village.getParentId());
        List<UUID> ancestors = orgUnits.listOrgUnitAncestors(village.getId()).stream().map(OrgUnit::getId).toList();
        assertEquals(List.of(township.getParentId(), township.getId()), ancestors.subList(ancestors.size() - 2,
                ancestors.size()), "root first, the parent last");

        // a reserve cadre for it, once the cadre service's replica has the new village
        ReserveCadresApi cadres = new ReserveCadresApi(client);
        CreateReserveCadre recommendation = new CreateReserveCadre().name("王小丽").gender(Gender.FEMALE)
                .birthDate(LocalDate.of(1994, 5, 17)).idNumber(idNumber("210181", "19940517")).education(Education.BACHELOR)
                .partyStatus(PartyStatus.MEMBER).villageId(village.getId()).source(CadreSource.PARTY_MEMBER)
                .channel(RecommendationChannel.PARTY_ORGANIZATION).reason("优秀党员，群众基础好")
                .recommendedOn(LocalDate.now().minusDays(60));
        ReserveCadre cadre = eventually(() -> cadres.createReserveCadre(recommendation, "e2e-cadre-" + tag));
        assertEquals(ReserveCadreStage.RECOMMENDED, cadre.getStage());
        assertEquals(recommendation.getIdNumber(), cadre.getIdNumber(), "an ADMIN reads personal data unmasked");

        // a selection that already happened, entered on its own dates: the publicity window is over today
        LocalDate recommended = recommendation.getRecommendedOn();
        List<ReserveCadreStage> walked = new ArrayList<>(List.of(cadre.getStage()));
        for (PerformReserveCadreAction step : List.of(
                new PerformReserveCadreAction().action(ReserveCadreAction.QUALIFY).occurredOn(recommended.plusDays(3))
                        .negativeListFindings(List.of()),
                new PerformReserveCadreAction().action(ReserveCadreAction.NOMINATE).occurredOn(recommended.plusDays(7))
                        .votesFor(31).votesCast(40),
                new PerformReserveCadreAction().action(ReserveCadreAction.INSPECT).occurredOn(recommended.plusDays(10))
                        .inspectionReport("考察合格").writtenTestScore(new BigDecimal("86.5"))
                        .interviewScore(new BigDecimal("90")),
                new PerformReserveCadreAction().action(ReserveCadreAction.PUBLICIZE).occurredOn(recommended.plusDays(12)),
                new PerformReserveCadreAction().action(ReserveCadreAction.ADMIT).occurredOn(recommended.plusDays(30)))) {
            ReserveCadreAllowedAction offered = cadres.getReserveCadreAllowedActions(cadre.getId(), step.getOccurredOn())
                    .getActions().stream().filter(a -> a.getAction() == step.getAction()).findFirst()
                    .orElseThrow(() -> new AssertionError(step.getAction() + " is not offered in stage "
                            + walked.get(walked.size() - 1)));
            assertEquals(Boolean.TRUE, offered.getAvailable(), step.getAction() + ": " + offered.getBlockedBy());
            cadre = cadres.performReserveCadreAction(cadre.getId(), step, "\"" + cadre.getVersion() + "\"");
            assertEquals(offered.getToStage(), cadre.getStage());
            walked.add(cadre.getStage());
        }
        assertEquals(List.of(ReserveCadreStage.RECOMMENDED, ReserveCadreStage.QUALIFIED, ReserveCadreStage.NOMINATED, ReserveCadreStage.INSPECTED, ReserveCadreStage.PUBLICIZED,
                ReserveCadreStage.IN_RESERVE), walked);
        assertEquals(ReserveCadreStage.IN_RESERVE, cadres.getReserveCadre(cadre.getId()).getStage());
        assertEquals(walked.size(), cadres.listReserveCadreHistory(cadre.getId(), null, null).getTotalItems());

        // the village's statistics for the selection year count the cadre, recommended and in the pool
        ReserveCadreStats stats = new ReserveCadreStatisticsApi(client).getReserveCadreStats(null, village.getId(),
                recommended.getYear());
        assertNotNull(stats.getTotals());
        assertEquals(1L, stats.getTotals().getRecommended());
        assertEquals(1L, stats.getTotals().getReachedReserve());
        assertEquals(1L, stats.getCohortByStage().get(ReserveCadreStage.IN_RESERVE.getValue()));
    }

    @Test
    void registerAVolunteerRecordHoursAndReadTheStarLevel() throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(suite.baseUrl());
        TokenResponse token = new AuthApi(anonymous).issueToken(GrantType.PASSWORD, RunningSuite.ADMIN,
                RunningSuite.ADMIN_PASSWORD, null, null, null);
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        // a community under one of the demo sub-districts
        OrgUnitsApi orgUnits = new OrgUnitsApi(client);
        OrgUnit subdistrict = orgUnits.listOrgUnits(null, null, OrgUnitLevel.SUBDISTRICT, 0, null, null, 1, null, null)
                .getItems().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit community = orgUnits.createOrgUnit(new CreateOrgUnit().name("端到端社区" + tag).level(OrgUnitLevel.COMMUNITY)
                .parentId(subdistrict.getId()), "e2e-community-" + tag);

        // a volunteer living there, once the volunteer service's replica has the new community
        LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(new java.security.SecureRandom().nextInt(5000));
        CreateVolunteer registration = new CreateVolunteer().name("张志愿").gender(Gender.FEMALE).birthDate(birth)
                .phone("13812345678").idNumber(femaleIdNumber("210111", birth)).homeCommunityId(community.getId())
                .partyMember(true).registeredOn(LocalDate.of(2019, 3, 1));
        VolunteersApi volunteers = new VolunteersApi(client);
        Volunteer volunteer = eventually(() -> volunteers.createVolunteer(registration, "e2e-volunteer-" + tag));
        assertEquals(registration.getIdNumber(), volunteer.getIdNumber(), "an ADMIN reads personal data unmasked");

        // 25 mornings of 4 hours in May 2020, entered today on their own dates: 100 h, the first star
        ServiceHoursApi hours = new ServiceHoursApi(client);
        for (int day = 0; day < 25; day++) {
            OffsetDateTime start = LocalDate.of(2020, 5, 1).plusDays(day).atTime(8, 0).atOffset(ZoneOffset.ofHours(8));
            ServiceRecord recorded = hours.createServiceRecord(new CreateServiceRecord().volunteerId(volunteer.getId())
                    .orgUnitId(community.getId()).startedAt(start).endedAt(start.plusHours(4)).hours(new BigDecimal("4"))
                    .description("社区防疫值守"), "e2e-hours-" + tag + "-" + day);
            assertEquals(LocalDate.of(2020, 5, 1).plusDays(day), recorded.getServedOn());
        }
        VolunteerServiceSummary summary = hours.getVolunteerServiceSummary(volunteer.getId());
        assertEquals(0, new BigDecimal("100").compareTo(summary.getTotalHours()));
        assertEquals(1, summary.getStarLevel());
        assertEquals(LocalDate.of(2020, 5, 25), summary.getStars().get(0).getAttainedOn());
        assertEquals(0, new BigDecimal("200").compareTo(summary.getHoursToNextStar()));
    }

    @Test
    void reportReviewAndConfirmAVillageIncomeAndReadTheIndicators() throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(suite.baseUrl());
        TokenResponse token = new AuthApi(anonymous).issueToken(GrantType.PASSWORD, RunningSuite.ADMIN,
                RunningSuite.ADMIN_PASSWORD, null, null, null);
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        // a new village under one of the demo towns
        OrgUnitsApi orgUnits = new OrgUnitsApi(client);
        OrgUnit town = orgUnits.listOrgUnits(null, null, OrgUnitLevel.TOWN, 0, null, null, 1, null, null).getItems().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit village = orgUnits.createOrgUnit(new CreateOrgUnit().name("收入村" + tag).level(OrgUnitLevel.VILLAGE)
                .parentId(town.getId()), "e2e-income-village-" + tag);

        // its 2020 collective income, reported in January 2021, once the rural service's replica has the village
        CollectiveIncomesApi incomes = new CollectiveIncomesApi(client);
        CreateCollectiveIncome report = new CreateCollectiveIncome().villageId(village.getId()).year(2020)
                .reportedOn(LocalDate.of(2021, 1, 15))
                .amounts(new IncomeAmountsInput().land(new BigDecimal("30000")).enclave(new BigDecimal("25000.50")));
        CollectiveIncome income = eventually(() -> incomes.createCollectiveIncome(report, "e2e-income-" + tag));
        assertEquals(IncomeReviewStatus.REPORTED, income.getStatus());
        income = incomes.performCollectiveIncomeAction(income.getId(), new PerformCollectiveIncomeAction()
                .action(IncomeReviewAction.REVIEW).occurredOn(LocalDate.of(2021, 1, 20)), "\"" + income.getVersion() + "\"");
        income = incomes.performCollectiveIncomeAction(income.getId(), new PerformCollectiveIncomeAction()
                .action(IncomeReviewAction.CONFIRM).occurredOn(LocalDate.of(2021, 2, 1)), "\"" + income.getVersion() + "\"");
        assertEquals(IncomeReviewStatus.CONFIRMED, income.getStatus());

        // the village's indicators count it, confirmed, at 55,000.50 yuan
        CollectiveIncomeStats stats = new CollectiveIncomeStatisticsApi(client)
                .getCollectiveIncomeStats(village.getId(), 2020, null, null, null);
        assertEquals(1L, stats.getFigures().getVillages());
        assertEquals(1L, stats.getFigures().getVillagesReporting());
        assertEquals(0, new BigDecimal("55000.50").compareTo(stats.getFigures().getTotalIncome()));
    }

    @Test
    void raiseDispatchCheckInResolveAndConfirmAWhistleAsEachParty() throws Exception {
        ApiClient admin = signedIn(RunningSuite.ADMIN, RunningSuite.ADMIN_PASSWORD);

        // a new community under one of the demo sub-districts, a department of its district, a category
        OrgUnitsApi orgUnits = new OrgUnitsApi(admin);
        OrgUnit subdistrict = orgUnits.listOrgUnits(null, null, OrgUnitLevel.SUBDISTRICT, 0, null, null, 1, null, null)
                .getItems().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit community = orgUnits.createOrgUnit(new CreateOrgUnit().name("吹哨社区" + tag).level(OrgUnitLevel.COMMUNITY)
                .parentId(subdistrict.getId()), "e2e-whistle-community-" + tag);
        Department department = new DepartmentsApi(admin).createDepartment(new SaveDepartment().name("区城管局" + tag)
                .districtId(subdistrict.getParentId()).kind(DepartmentKind.GOVERNMENT_DEPARTMENT), "e2e-department-" + tag);
        WhistleCategory category = new WhistleCategoriesApi(admin).createWhistleCategory(
                new SaveWhistleCategory().name("占道经营" + tag), "e2e-category-" + tag);

        // each party signs in as itself: the community's manager, the sub-district's, the department's liaison
        AccountsApi accounts = new AccountsApi(admin);
        String password = "pw-" + tag + "-long-enough";
        for (CreateAccount account : List.of(
                new CreateAccount().username("e2e-community-" + tag).roles(List.of(Role.ORG_MANAGER))
                        .orgUnitId(community.getId()),
                new CreateAccount().username("e2e-subdistrict-" + tag).roles(List.of(Role.ORG_MANAGER))
                        .orgUnitId(subdistrict.getId()),
                new CreateAccount().username("e2e-liaison-" + tag).roles(List.of(Role.DEPARTMENT_LIAISON))
                        .orgUnitId(subdistrict.getParentId()).departmentId(department.getId()))) {
            eventually(() -> accounts.createAccount(account.password(password), "e2e-account-" + account.getUsername()));
        }
        WhistlesApi asCommunity = new WhistlesApi(signedIn("e2e-community-" + tag, password));
        WhistlesApi asSubdistrict = new WhistlesApi(signedIn("e2e-subdistrict-" + tag, password));
        WhistlesApi asLiaison = new WhistlesApi(signedIn("e2e-liaison-" + tag, password));

        // a whistle of March 2021 entered on its own times (UTC+8): raised 09:00, dispatched 10:00, checked in
        // 15:00 (inside the 24 h of an ORDINARY one), result two days later, confirmed with a 5 the day after
        OffsetDateTime raised = OffsetDateTime.of(2021, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        Whistle whistle = eventually(() -> asCommunity.raiseWhistle(new RaiseWhistle().communityId(community.getId())
                .categoryId(category.getId()).title("人行道被摊位占用").description("菜市场门口摊位占满人行道")
                .location(new WhistleLocation().address("幸福路 12 号")).urgency(WhistleUrgency.ORDINARY).occurredAt(raised),
                "e2e-whistle-" + tag));
        assertEquals(WhistleStatus.RAISED, whistle.getStatus());
        UUID id = whistle.getId();
        whistle = asSubdistrict.performWhistleAction(id, new PerformWhistleAction().action(WhistleAction.DISPATCH)
                .leadDepartmentId(department.getId()).occurredAt(raised.plusHours(1)), etag(whistle));
        assertEquals(WhistleStatus.DISPATCHED, whistle.getStatus());
        assertEquals(department.getId(), whistle.getLeadDepartmentId());
        whistle = asLiaison.performWhistleAction(id, new PerformWhistleAction().action(WhistleAction.CHECK_IN)
                .occurredAt(raised.plusHours(6)), etag(whistle));
        assertEquals(WhistleStatus.IN_PROGRESS, whistle.getStatus());
        whistle = asLiaison.performWhistleAction(id, new PerformWhistleAction().action(WhistleAction.REPORT_RESULT)
                .note("摊位已迁入市场内").occurredAt(raised.plusDays(2)), etag(whistle));
        assertEquals(WhistleStatus.RESOLVED, whistle.getStatus());
        whistle = asCommunity.performWhistleAction(id, new PerformWhistleAction().action(WhistleAction.CONFIRM).rating(5)
                .occurredAt(raised.plusDays(3)), etag(whistle));
        assertEquals(WhistleStatus.CLOSED, whistle.getStatus());
        assertEquals(5, whistle.getRating());

        List<WhistleStep> history = asCommunity.listWhistleHistory(id);
        assertEquals(List.of("RAISE", "DISPATCH", "CHECK_IN", "REPORT_RESULT", "CONFIRM"),
                history.stream().map(WhistleStep::getAction).toList());
        assertEquals(List.of("e2e-community-" + tag, "e2e-subdistrict-" + tag, "e2e-liaison-" + tag,
                "e2e-liaison-" + tag, "e2e-community-" + tag), history.stream().map(WhistleStep::getRecordedBy).toList());
        assertEquals(raised.plusHours(6).toInstant(), history.get(2).getOccurredAt().toInstant());

        // the community's statistics for that day, read by the sub-district, count it in every figure; 300 minutes
        // from dispatch to check-in
        WhistleStats stats = asSubdistrict.getWhistleStats(LocalDate.of(2021, 3, 1), community.getId(), LocalDate.of(2021, 3, 1));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 1L, 1L, 1L), List.of(stats.getRaised(), stats.getDispatched(),
                stats.getCheckedIn(), stats.getCheckedInOnTime(), stats.getResolved(), stats.getConfirmed(), stats.getRated(),
                stats.getRatedSatisfied()));
        assertEquals(0, BigDecimal.ONE.compareTo(stats.getResponseRate()));
        assertEquals(0, BigDecimal.ONE.compareTo(stats.getSatisfactionRate()));
        assertEquals(0, new BigDecimal("300").compareTo(stats.getMedianMinutesToCheckIn()));
        assertEquals(Map.of("CLOSED", 1L), stats.getByStatus());
        assertEquals(List.of(department.getId()), stats.getDepartmentRanking().stream()
                .map(WhistleDepartmentRank::getDepartmentId).toList());
    }

    private ApiClient signedIn(String username, String password) throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(suite.baseUrl());
        TokenResponse token = new AuthApi(anonymous).issueToken(GrantType.PASSWORD, username, password, null, null, null);
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));
        return client;
    }

    private static String etag(Whistle whistle) {
        return "\"" + whistle.getVersion() + "\"";
    }

    /** The cadre service learns of a new village from org-structure's change feed within seconds. */
    private static <T> T eventually(Call<T> call) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            try {
                return call.run();
            } catch (ApiException e) {
                if (e.getCode() >= 500 || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            }
        }
    }

    interface Call<T> {
        T run() throws Exception;
    }

    /** A woman's resident ID number (an even sequence number) born on {@code birth}. */
    static String femaleIdNumber(String region, LocalDate birth) {
        String sequence = String.format("%02d", new java.security.SecureRandom().nextInt(100)) + "2";
        String body = region + birth.toString().replace("-", "") + sequence;
        return withCheckDigit(body);
    }

    /** A resident ID number: region, birth date, a random sequence number and the GB 11643 check digit. */
    static String idNumber(String region, String birthDate) {
        return withCheckDigit(region + birthDate + String.format("%03d", new java.security.SecureRandom().nextInt(1000)));
    }

    private static String withCheckDigit(String body) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    @Test
    void readTheOverviewOfATownshipAndTheProfileOfItsNewVillage() throws Exception {
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri(suite.baseUrl());
        TokenResponse token = new AuthApi(anonymous).issueToken(GrantType.PASSWORD, RunningSuite.ADMIN,
                RunningSuite.ADMIN_PASSWORD, null, null, null);
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.baseUrl());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));

        // a new township with one village, under one of the demo county-level units
        cn.shenyang.grassroots.client.api.OrgUnitsApi orgUnits = new cn.shenyang.grassroots.client.api.OrgUnitsApi(client);
        OrgUnit town = orgUnits.listOrgUnits(null, null, OrgUnitLevel.TOWN, 0, null, null, 1, null, null).getItems().get(0);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrgUnit township = orgUnits.createOrgUnit(new CreateOrgUnit().name("概览乡" + tag).level(OrgUnitLevel.TOWNSHIP)
                .parentId(town.getParentId()), "e2e-overview-township-" + tag);
        OrgUnit village = orgUnits.createOrgUnit(new CreateOrgUnit().name("概览村" + tag).level(OrgUnitLevel.VILLAGE)
                .parentId(township.getId()), "e2e-overview-village-" + tag);

        // the overview, once every service's replica has the new units (until then a part is NOT_FOUND there)
        var overviews = new cn.shenyang.grassroots.client.api.OverviewApi(client);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        cn.shenyang.grassroots.client.model.OrgUnitOverview overview = overviews.getOverview(township.getId(), 2020);
        while (!overview.getMissing().isEmpty() && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
            overview = overviews.getOverview(township.getId(), 2020);
        }
        assertEquals(List.of(), overview.getMissing());
        assertEquals(township.getId(), overview.getOrgUnitId());
        assertEquals(1L, overview.getUnits().getTotalDescendants());
        assertEquals(1L, overview.getUnits().getDescendantsByLevel().get("VILLAGE"));
        assertEquals(1L, overview.getCollectiveIncomes().getVillages());
        assertEquals(0L, overview.getCollectiveIncomes().getVillagesReporting());
        assertEquals(1L, overview.getReserveCadreCoverage().getVillagesWithoutPoolMember());
        assertEquals(1L, overview.getFourOnes().getVillagesMissingAnyOfFourOnes());
        assertEquals(0L, overview.getPairings().getPairedCommunities());
        assertEquals(0L, overview.getVolunteers().getVolunteers());
        assertEquals(0L, overview.getRectifications().getClosedOut());

        // the village's profile: the unit and its ancestors from org-structure, empty lists from the others
        var profile = overviews.getProfile(village.getId());
        assertEquals("概览村" + tag, profile.getOrgUnit().get("name"));
        assertEquals(township.getId().toString(), profile.getAncestors().get(profile.getAncestors().size() - 1).get("id"));
        assertEquals(0L, profile.getCollectiveIncomes().getTotalItems());
        assertEquals(0L, profile.getReserveCadres().getTotalItems());
        assertEquals(List.of(), profile.getMissing());
    }
}

package cn.shenyang.grassroots.gateway.overview;

import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.CadrePostings;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.CollectiveIncomes;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Cooperatives;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.DemonstrationRatings;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.DemonstrationVillageIncomes;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.DutyDeployments;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.FourOnes;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Pairings;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.PartyMemberPosts;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Rectifications;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.ReserveCadreCoverage;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.ReserveCadres;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.ServiceSites;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Units;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Volunteers;
import cn.shenyang.grassroots.gateway.overview.OrgUnitOverview.Whistles;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.time.YearPeriod;
import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Composes the overview: one call per service, all started at once; the view waits for the slowest,
 * which its client bean's timeout bounds. org-structure owns the units, so its 404 (no such unit in the
 * caller's scope) is the view's 404.
 */
@ApplicationScoped
public class OverviewService {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String ORG = "org-structure";
    static final String VOLUNTEER = "volunteer";
    static final String CADRE = "cadre-pipeline";
    static final String RURAL = "rural-industry";

    @Inject
    OrgStructureClient org;
    @Inject
    VolunteerClient volunteer;
    @Inject
    CadrePipelineClient cadre;
    @Inject
    RuralIndustryClient rural;
    @Inject
    Clock clock;

    YearPeriod period(int year) {
        return YearPeriod.of(year, LocalDate.now(clock.withZone(ZONE)));
    }

    public int currentYear() {
        return LocalDate.now(clock.withZone(ZONE)).getYear();
    }

    public Uni<OrgUnitOverview> overview(String auth, UUID id, int year) {
        YearPeriod p = period(year);
        // one call per service: each answers all its sections at once, as its own endpoints would
        return Uni.combine().all().unis(
                        Fetched.of("governance-overview", ORG, org.overview(auth, id, year)),
                        Fetched.of("volunteers", VOLUNTEER, volunteer.stats(auth, id, year)),
                        Fetched.of("reserve-cadre-overview", CADRE, cadre.overview(auth, id, year)),
                        Fetched.of("rural-industry-overview", RURAL, rural.overview(auth, id, year)))
                .with((o, v, c, r) -> compose(id, year, p.from(), p.to(), o, v, c, r));
    }

    OrgUnitOverview compose(UUID id, int year, LocalDate from, LocalDate to, Fetched org, Fetched volunteers,
            Fetched cadre, Fetched rural) {
        if (org.notFound()) {
            throw ProblemException.notFound("Org unit", id);
        }
        List<Fetched> all = List.of(
                org.section("units", "units"),
                org.section("pairings", "pairings"),
                org.section("fourOnes", "villagesMissingAnyOfFourOnes"),
                org.section("whistles", "whistles"),
                org.section("serviceSites", "serviceSites"),
                volunteers,
                cadre.section("reserveCadres", "reserveCadres"),
                cadre.section("reserveCadreCoverage", "coverage"),
                cadre.section("cadrePostings", "cadrePostings"),
                cadre.section("dutyDeployments", "dutyDeployments"),
                rural.section("collectiveIncomes", "collectiveIncomes"),
                rural.section("demonstrationVillageIncomes", "demonstrationVillageIncomes"),
                rural.section("demonstrationRatings", "demonstrationRatings"),
                rural.section("rectifications", "rectifications"),
                rural.section("cooperatives", "cooperatives"),
                rural.section("partyMemberPosts", "partyMemberPosts"));
        List<Missing> missing = new ArrayList<>(Fetched.missing(all));
        JsonNode u = all.get(0).body();
        long departments = org.body() == null ? 0 : org.body().path("departments").asLong();
        return new OrgUnitOverview(id,
                u == null ? null : u.path("name").asText(null),
                u == null ? null : u.path("level").asText(null),
                year, from, to,
                all.get(0).map(b -> new Units(b.path("totalDescendants").asLong(), longs(b.path("descendantsByLevel")))),
                all.get(1).map(b -> new Pairings(departments, b.path("communities").asLong(),
                        b.path("pairedCommunities").asLong(), b.path("communitiesWithoutPairing").asLong(),
                        b.path("pairedDepartments").asLong())),
                all.get(2).map(b -> new FourOnes(b.asLong())),
                all.get(3).map(b -> new Whistles(b.path("raised").asLong(), b.path("dispatched").asLong(),
                        b.path("resolved").asLong(), b.path("confirmed").asLong(), b.path("rated").asLong(),
                        decimal(b.path("responseRate")), decimal(b.path("resolutionRate")),
                        decimal(b.path("satisfactionRate")), longs(b.path("byStatus")))),
                all.get(4).map(b -> new ServiceSites(b.path("total").asLong(), longs(b.path("byKind")))),
                all.get(5).map(OverviewService::volunteers),
                all.get(6).map(t -> new ReserveCadres(t.path("recommended").asLong(), t.path("inPool").asLong(),
                        t.path("admittedProbationary").asLong(), t.path("enteredCommittees").asLong())),
                all.get(7).map(b -> new ReserveCadreCoverage(b.path("villages").asLong(),
                        b.path("villagesWithoutPoolMember").path("count").asLong())),
                all.get(8).map(b -> new CadrePostings(b.path("startedInYear").path("total").asLong(),
                        longs(b.path("startedInYear").path("bySource")))),
                all.get(9).map(b -> new DutyDeployments(b.path("deployments").asLong(), b.path("headcount").asLong(),
                        keyed(b.path("byKind"), "kind", "headcount"))),
                all.get(10).map(OverviewService::incomes),
                all.get(11).map(b -> {
                    JsonNode t = b.path("figures").path("thresholds").path(0);
                    return new DemonstrationVillageIncomes(t.path("risenMoreThan").asLong(), decimal(t.path("risenMoreThanRate")));
                }),
                all.get(12).map(b -> new DemonstrationRatings(b.path("demonstration").asLong(),
                        b.path("wholeTownshipDemonstrations").asLong())),
                all.get(13).map(b -> new Rectifications(b.path("opened").asLong(), b.path("closedOut").asLong())),
                all.get(14).map(b -> new Cooperatives(b.path("cadreLed").asLong(), b.path("leadingCadres").asLong(),
                        b.path("cadreLedLinkedHouseholds").asLong(), decimal(b.path("cadreLedIncomeIncrease")))),
                all.get(15).map(b -> new PartyMemberPosts(b.path("claims").asLong(), b.path("members").asLong(),
                        nonZero(keyed(b.path("byPostType"), "postType", "claims")))),
                missing);
    }

    private static Volunteers volunteers(JsonNode b) {
        JsonNode v = b.path("volunteers");
        JsonNode a = b.path("activities");
        JsonNode o = b.path("opinions");
        return new Volunteers(longs(b.path("teamsByKind")), v.path("volunteers").asLong(),
                v.path("partyMemberVolunteers").asLong(), decimal(v.path("hours")),
                keyed(v.path("byStarLevel"), "starLevel", "volunteers"), a.path("fairsHeld").asLong(),
                a.path("fairServiceItems").asLong(), longs(b.path("compoundsByGrade")), o.path("received").asLong(),
                o.path("resolved").asLong(), o.path("convertedToProposals").asLong());
    }

    private static CollectiveIncomes incomes(JsonNode b) {
        JsonNode f = b.path("figures");
        JsonNode fifty = f.path("thresholds").path(0);
        JsonNode million = f.path("thresholds").path(1);
        return new CollectiveIncomes(f.path("villages").asLong(), f.path("villagesReporting").asLong(),
                f.path("hollow").asLong(), f.path("hollowPreviousYear").asLong(), f.path("hollowCleared").asLong(),
                fifty.path("atOrAbove").asLong(), fifty.path("newlyAbove").asLong(),
                fifty.path("newlyAbovePreviousYear").asLong(), decimal(fifty.path("newlyAboveChangeRate")),
                million.path("risenMoreThan").asLong());
    }

    static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    /** A list of {key, value} objects as a map, in the list's order. */
    static Map<String, Long> keyed(JsonNode array, String key, String value) {
        Map<String, Long> map = new LinkedHashMap<>();
        array.forEach(item -> map.put(item.path(key).asText(), item.path(value).asLong()));
        return map;
    }

    static Map<String, Long> nonZero(Map<String, Long> map) {
        map.values().removeIf(v -> v == 0);
        return map;
    }

    static BigDecimal decimal(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.decimalValue();
    }
}

package cn.shenyang.grassroots.gateway.overview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The article's figures for one subtree and year. Each section is one call to the service that
 * computes it; its figures are copied from that answer unchanged and their descriptions are that
 * service's own definitions, so the view adds no figure of its own.
 */
@Schema(name = "OrgUnitOverview", description = "The figures the source article reports, for the subtree of orgUnitId "
        + "and one year, each taken live from the service that computes it, with that service's definition. A section "
        + "is null when its service could not give it; missing then says which and why. The period of the year runs "
        + "from periodStart to periodEnd (31 December, or today while the year runs).")
public record OrgUnitOverview(
        @Schema(required = true) UUID orgUnitId,
        @Schema(description = "The unit's name (from org-structure; null when it could not be read)") String orgUnitName,
        @Schema(description = "The unit's level (from org-structure; null when it could not be read)") String level,
        @Schema(required = true, minimum = "1949", maximum = "2200") int year,
        @Schema(required = true, description = "1 January of the year") LocalDate periodStart,
        @Schema(required = true, description = "31 December of the year, or today while the year runs") LocalDate periodEnd,
        @Schema(description = "org-structure getOrgUnitStats") Units units,
        @Schema(description = "org-structure listDepartments and countPairings on periodEnd") Pairings pairings,
        @Schema(description = "org-structure listResponsibilityCoverageGaps") FourOnes fourOnes,
        @Schema(description = "org-structure getWhistleStats over the period") Whistles whistles,
        @Schema(description = "org-structure getServiceSiteCounts") ServiceSites serviceSites,
        @Schema(description = "volunteer getVolunteerStats for the year") Volunteers volunteers,
        @Schema(description = "cadre-pipeline getReserveCadreStats for the year") ReserveCadres reserveCadres,
        @Schema(description = "cadre-pipeline getReserveCadreCoverage on periodEnd") ReserveCadreCoverage reserveCadreCoverage,
        @Schema(description = "cadre-pipeline countCadrePostings for the year") CadrePostings cadrePostings,
        @Schema(description = "cadre-pipeline countDutyDeployments over the period") DutyDeployments dutyDeployments,
        @Schema(description = "rural-industry getCollectiveIncomeStats for the year, thresholds 50,000 and 1,000,000 yuan")
        CollectiveIncomes collectiveIncomes,
        @Schema(description = "rural-industry getCollectiveIncomeStats for the year over DEMONSTRATION villages, "
                + "threshold 200,000 yuan") DemonstrationVillageIncomes demonstrationVillageIncomes,
        @Schema(description = "rural-industry getDemonstrationRatingCounts for the year") DemonstrationRatings demonstrationRatings,
        @Schema(description = "rural-industry getRectificationCounts for the year") Rectifications rectifications,
        @Schema(description = "rural-industry getCooperativeTotals for the year") Cooperatives cooperatives,
        @Schema(description = "rural-industry getPartyMemberPostCounts for the year") PartyMemberPosts partyMemberPosts,
        @Schema(required = true, maxItems = 30, description = "The sections that are null, with the reason")
        List<Missing> missing) {

    @Schema(name = "OverviewUnits", description = "Active descendants of the unit (not counting the unit itself), as of "
            + "the request: units whose status is ACTIVE and whose path lies below the unit's")
    public record Units(
            @Schema(required = true, description = "Number of active descendants at any depth") long totalDescendants,
            @Schema(required = true, description = "Active descendants by level; levels with none are omitted. The "
                    + "values add up to totalDescendants") Map<String, Long> descendantsByLevel) {}

    @Schema(name = "OverviewPairings", description = "Departments and their pairings with the active communities (level "
            + "COMMUNITY, status ACTIVE) under orgUnitId (inclusive) on periodEnd: a pairing counts when validFrom <= "
            + "periodEnd and validTo is absent or >= periodEnd")
    public record Pairings(
            @Schema(required = true, description = "Departments of the district orgUnitId (listDepartments with "
                    + "districtId: totalItems); 0 when the unit is not a district") long departments,
            @Schema(required = true, description = "Active communities in the subtree") long communities,
            @Schema(required = true, description = "Of those, paired with at least one department on the day (the "
                    + "article: 56 communities)") long pairedCommunities,
            @Schema(required = true, description = "Of those, paired with no department on the day: communities - "
                    + "pairedCommunities, the count of listPairingCoverageGaps") long communitiesWithoutPairing,
            @Schema(required = true, description = "Distinct departments paired with at least one of those communities "
                    + "on the day (the article: 67 departments)") long pairedDepartments) {}

    @Schema(name = "OverviewFourOnes", description = "Responsibility assignments (包保, four-ones) on periodEnd")
    public record FourOnes(
            @Schema(required = true, description = "Active units of level VILLAGE under orgUnitId, inclusive, that have no "
                    + "active assignment of at least one of the four ones (CITY_LEADER_LINK, TOWNSHIP_LEADER_COVER, "
                    + "FIRST_SECRETARY, PAIRED_AGENCY) on periodEnd (listResponsibilityCoverageGaps: totalItems)")
            long villagesMissingAnyOfFourOnes) {}

    @Schema(name = "OverviewWhistles", description = "Over the whistles raised in the period (raisedAt, a local date in "
            + "Asia/Shanghai, from and to inclusive) by communities in the subtree of orgUnitId (inclusive). Rates are "
            + "decimals rounded half-up to 4 places, null when the denominator is 0. Later steps of those whistles count "
            + "whenever they happened.")
    public record Whistles(
            @Schema(required = true, description = "Whistles raised in the period") long raised,
            @Schema(required = true, description = "Of those, dispatched at least once") long dispatched,
            @Schema(required = true, description = "Of those, on which a result was reported (at least once), confirmed "
                    + "or not") long resolved,
            @Schema(required = true, description = "Of those, confirmed by the community with a rating of 3 or more "
                    + "(status CLOSED)") long confirmed,
            @Schema(required = true, description = "Of those, rated by the community at least once") long rated,
            @Schema(description = "checkedInOnTime / dispatched") BigDecimal responseRate,
            @Schema(description = "resolved / dispatched") BigDecimal resolutionRate,
            @Schema(description = "ratedSatisfied / rated (rated 4–5 / rated)") BigDecimal satisfactionRate,
            @Schema(required = true, description = "Whistles raised in the period by their status now")
            Map<String, Long> byStatus) {}

    @Schema(name = "OverviewServiceSites", description = "Service sites run by units in the subtree of orgUnitId (inclusive)")
    public record ServiceSites(
            @Schema(required = true, description = "All sites") long total,
            @Schema(required = true, description = "Sites by kind; kinds with none are absent") Map<String, Long> byKind) {}

    @Schema(name = "OverviewVolunteers", description = "The three platforms of the subtree in the year. Every figure "
            + "counts by the day things happened (servedOn, foundedOn, startsAt, the grade change's or opinion step's "
            + "occurredOn), never by when they were entered. Counts are exact; hours are sums of 0.5-hour steps.")
    public record Volunteers(
            @Schema(required = true, description = "Teams owned by units of the subtree founded on or before periodEnd, "
                    + "by kind (every kind listed, 0 included)") Map<String, Long> teamsByKind,
            @Schema(required = true, description = "ACTIVE volunteers whose home community is in the subtree, registered "
                    + "on or before periodEnd (status is today's)") long volunteers,
            @Schema(required = true, description = "Of volunteers, those who are Party members") long partyMemberVolunteers,
            @Schema(required = true, description = "Sum of the service hours of those volunteers served in the year (by "
                    + "servedOn, the local day the service began); reversals subtract, amendments count") BigDecimal hours,
            @Schema(required = true, description = "volunteers by star level 0–5 on periodEnd, from their cumulative hours "
                    + "served up to and including periodEnd: 0 under 100 h, 1★ from 100 h, 2★ 300 h, 3★ 600 h, 4★ 1,000 h, "
                    + "5★ 1,500 h (thresholds inclusive); the keys are the star levels \"0\" to \"5\"")
            Map<String, Long> volunteersByStarLevel,
            @Schema(required = true, description = "SERVICE_FAIR activities held in the period (the article's 18 fairs)")
            long fairsHeld,
            @Schema(required = true, description = "Service items offered at those fairs (the article's 100+ items)")
            long fairServiceItems,
            @Schema(required = true, description = "Compounds of communities in the subtree first graded on or before "
                    + "periodEnd, by the grade they held on periodEnd (the latest grade change dated on or before it); "
                    + "every grade listed") Map<String, Long> compoundsByGrade,
            @Schema(required = true, description = "Opinions received (receivedOn) in the period") long opinionsReceived,
            @Schema(required = true, description = "Opinions whose RESOLVE step is dated in the period, whenever received "
                    + "(the article's 30+ problems solved)") long opinionsResolved,
            @Schema(required = true, description = "Opinions whose CONVERT_TO_PROPOSAL step is dated in the period (the "
                    + "article's 7 proposals and motions)") long opinionsConvertedToProposals) {}

    @Schema(name = "OverviewReserveCadres", description = "Reserve cadres of the subtree in the year, as of poolDate "
            + "(the year's last day, or today while the year runs). Every date is the day a step happened (occurredOn).")
    public record ReserveCadres(
            @Schema(required = true, description = "The cohort: cadres recommended (recommendedOn) in the year") long recommended,
            @Schema(required = true, description = "Cadres of any cohort in the pool on poolDate: admitted on or before it "
                    + "and neither removed (REMOVE) nor elected (ELECT) on or before it") long inPool,
            @Schema(required = true, description = "Cadres admitted as probationary Party members (接收为预备党员, the "
                    + "PROBATIONARY step) in the year: what the article counts as \"joined the Party\" (88 in 2020)")
            long admittedProbationary,
            @Schema(required = true, description = "Cadres elected into the village committees in the year who thereby "
                    + "left the pool (ELECT): the article's \"entered the village two committees\" (165 in 2020); later "
                    + "elections of the same people are not counted again") long enteredCommittees) {}

    @Schema(name = "OverviewReserveCadreCoverage", description = "Under the subtree on periodEnd")
    public record ReserveCadreCoverage(
            @Schema(required = true, description = "Active org units of level VILLAGE (行政村) in the subtree") long villages,
            @Schema(required = true, description = "Villages none of whose cadres is a pool member on periodEnd")
            long villagesWithoutPoolMember) {}

    @Schema(name = "OverviewCadrePostings", description = "Postings whose destination lies in the subtree")
    public record CadrePostings(
            @Schema(required = true, description = "Intake: postings that started (startsOn) in the year, whenever they "
                    + "end. The article's Sujiatun figures for 2020 are intakes: 40 by open selection, 19 newly promoted, "
                    + "360+ stationed from the district service centres") long startedInYear,
            @Schema(required = true, description = "The intake by origin; origins with nothing to count are left out")
            Map<String, Long> startedInYearBySource) {}

    @Schema(name = "OverviewDutyDeployments", description = "Deployments overlapping the period under the subtree")
    public record DutyDeployments(
            @Schema(required = true) long deployments,
            @Schema(required = true) long headcount,
            @Schema(required = true, description = "Headcount by kind") Map<String, Long> headcountByKind) {}

    @Schema(name = "OverviewCollectiveIncomes", description = "Collective-income indicators of the villages (org units of "
            + "level VILLAGE) in the subtree for the year, over CONFIRMED returns: a village's income in a year is the "
            + "sum of its sources in the latest confirmed revision of its return, and a return never confirmed counts "
            + "as not reported. \"Previous year\" is year - 1. Rates are decimals rounded half-up to 4 places, null when "
            + "the denominator is 0.")
    public record CollectiveIncomes(
            @Schema(required = true, description = "Villages in the set, whether they reported or not") long villages,
            @Schema(required = true, description = "Villages with a counted income for the year") long villagesReporting,
            @Schema(required = true, description = "Hollow villages (空壳村): villages whose income for the year is exactly 0")
            long hollow,
            @Schema(required = true, description = "Villages whose income for the previous year was exactly 0")
            long hollowPreviousYear,
            @Schema(required = true, description = "Hollow villages cleared (清零): income exactly 0 in the previous year "
                    + "and above 0 in the year; a village without a counted income for the year is not cleared")
            long hollowCleared,
            @Schema(required = true, description = "Villages whose income for the year is at or above 50,000 yuan (a "
                    + "village at exactly 50,000 counts)") long atOrAbove50k,
            @Schema(required = true, description = "Villages newly at or above 50,000 yuan: income for the year at or "
                    + "above it, and for the previous year below it or not counted") long newlyAbove50k,
            @Schema(required = true, description = "The same count one year earlier: income for the previous year at or "
                    + "above 50,000 yuan, and for the year before it below it or not counted") long newlyAbove50kPreviousYear,
            @Schema(description = "(newlyAbove50k - newlyAbove50kPreviousYear) / newlyAbove50kPreviousYear: the "
                    + "year-on-year change of the count (the article: 168 in 2020 against 109 in 2019 is 0.5413)")
            BigDecimal newlyAbove50kChangeRate,
            @Schema(required = true, description = "Villages whose income rose by more than 1,000,000 yuan: income for the "
                    + "year minus income for the previous year strictly greater than it; only villages reporting both years")
            long risenMoreThan1m) {}

    @Schema(name = "OverviewDemonstrationVillageIncomes", description = "The income indicators over the villages rated "
            + "DEMONSTRATION for the year only, CONFIRMED returns")
    public record DemonstrationVillageIncomes(
            @Schema(required = true, description = "Demonstration villages whose income rose by more than 200,000 yuan: "
                    + "income for the year minus income for the previous year strictly greater than it; only villages "
                    + "reporting both years") long risenMoreThan200k,
            @Schema(description = "risenMoreThan200k / villages reporting both years (the article: over 90 % of "
                    + "demonstration villages rose by more than 200,000 yuan)") BigDecimal risenMoreThan200kRate) {}

    @Schema(name = "OverviewDemonstrationRatings", description = "Ratings of the year in the subtree")
    public record DemonstrationRatings(
            @Schema(required = true, description = "Villages rated DEMONSTRATION (示范型, 基层党建示范村) for the year "
                    + "(the article: 120 in Xinmin)") long demonstrationVillages,
            @Schema(required = true, description = "Township-level units of the subtree rated "
                    + "WHOLE_TOWNSHIP_DEMONSTRATION for the year (the article: 14 in Xinmin)")
            long wholeTownshipDemonstrations) {}

    @Schema(name = "OverviewRectifications", description = "Weak-and-lax cases of the subtree's villages in the year")
    public record Rectifications(
            @Schema(required = true, description = "Cases identified (identifiedOn) in the year") long opened,
            @Schema(required = true, description = "Cases closed out (a CLOSE_OUT step dated) in the year, each counted "
                    + "once (the article: 35 in 2020)") long closedOut) {}

    @Schema(name = "OverviewCooperatives", description = "Cooperatives and family farms of the subtree's villages in the year")
    public record Cooperatives(
            @Schema(required = true, description = "Cooperatives and family farms existing in the year and led by a "
                    + "village cadre (leaderRole other than NOT_A_CADRE)") long cadreLed,
            @Schema(required = true, description = "The village cadres leading them (村干部领办, the article's 478): "
                    + "distinct by leaderIdNumber; a leader without one counts once per cooperative") long leadingCadres,
            @Schema(required = true, description = "Households linked in the year by the cadre-led ones, summed over "
                    + "their results (the article: over 25,000)") long cadreLedLinkedHouseholds,
            @Schema(required = true, description = "Income increase attributed in the year to the cadre-led ones, summed "
                    + "over their results, yuan (the article: 120 million)") BigDecimal cadreLedIncomeIncrease) {}

    @Schema(name = "OverviewPartyMemberPosts", description = "Post claims of the subtree's villages in the year")
    public record PartyMemberPosts(
            @Schema(required = true, description = "Claims of the year") long claims,
            @Schema(required = true, description = "Distinct members with a claim of the year") long members,
            @Schema(required = true, description = "Claims of the year by post type (types with none are absent)")
            Map<String, Long> claimsByPostType) {}
}

package cn.shenyang.grassroots.orgstructure.overview;

import cn.shenyang.grassroots.orgstructure.department.DepartmentQueries;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitQueries;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitStats;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitView;
import cn.shenyang.grassroots.orgstructure.pairing.PairingCounts;
import cn.shenyang.grassroots.orgstructure.pairing.PairingQueries;
import cn.shenyang.grassroots.orgstructure.pairing.PairingView;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityQueries;
import cn.shenyang.grassroots.orgstructure.responsibility.ResponsibilityRequests;
import cn.shenyang.grassroots.orgstructure.servicesite.ServiceSiteQueries;
import cn.shenyang.grassroots.orgstructure.servicesite.ServiceSiteRequests;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleQueries;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStats;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleStatsQueries;
import cn.shenyang.grassroots.orgstructure.whistle.WhistleView;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.time.YearPeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The overview's and the profile's org-structure sections from the same queries as their own
 * endpoints: one call instead of six (or five), and like them no transaction (a read). Each
 * section is read only for the roles its own endpoint admits, so this answer never shows a caller
 * more than those endpoints would.
 */
@ApplicationScoped
public class GovernanceOverviewService {
    /** Who may read the org tree, departments and pairings. */
    static final Set<String> TREE_READERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION,
            Roles.DEPARTMENT_LIAISON);
    /** Who may read responsibility assignments, whistle statistics and service sites. */
    static final Set<String> GOVERNANCE_READERS = Set.of(Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION);

    @Inject
    OrgUnitQueries units;
    @Inject
    DepartmentQueries departments;
    @Inject
    PairingQueries pairings;
    @Inject
    ResponsibilityQueries responsibilities;
    @Inject
    WhistleStatsQueries whistles;
    @Inject
    WhistleQueries whistleLists;
    @Inject
    ServiceSiteQueries serviceSites;
    @Inject
    Caller caller;
    @Inject
    Today today;

    public GovernanceOverview overview(UUID orgUnitId, int year) {
        YearPeriod period = YearPeriod.of(year, today.date());
        LocalDate from = period.from();
        LocalDate to = period.to();
        List<String> withheld = new ArrayList<>();
        // first: its 404 (no such unit in the caller's scope) is the answer's
        OrgUnitStats unitStats = section("units", TREE_READERS, withheld, () -> units.stats(orgUnitId));
        Long departmentCount = section("departments", TREE_READERS, withheld, () -> departments.list(
                new DepartmentQueries.Filter(orgUnitId, null, null, null, null, null), new PageRequest(0, 1)).totalItems());
        PairingCounts pairingCounts = section("pairings", TREE_READERS, withheld, () -> pairings.counts(orgUnitId, to));
        Long fourOnesGaps = section("villagesMissingAnyOfFourOnes", GOVERNANCE_READERS, withheld,
                () -> responsibilities.countGaps(orgUnitId, Level.VILLAGE, null, to));
        WhistleStats whistleStats = section("whistles", GOVERNANCE_READERS, withheld, () -> whistles.stats(orgUnitId, from, to));
        ServiceSiteRequests.Counts sites = section("serviceSites", GOVERNANCE_READERS, withheld,
                () -> serviceSites.counts(orgUnitId));
        return new GovernanceOverview(orgUnitId, year, from, to, unitStats, departmentCount, pairingCounts, fourOnesGaps,
                whistleStats, sites, withheld);
    }

    /**
     * The profile's sections of one unit, each from the query its own list operation runs with the
     * unit as its filter and its default first page.
     */
    public GovernanceProfile profile(UUID orgUnitId) {
        List<String> withheld = new ArrayList<>();
        PageRequest first = PageRequest.first();
        OrgUnitView unit = units.view(orgUnitId).await().indefinitely(); // first: its 404 is the answer's (a worker thread may wait)
        List<OrgUnitView> ancestors = units.ancestors(orgUnitId).stream().map(OrgUnitView::of).toList();
        Page<ResponsibilityRequests.View> assignments = section("responsibilityAssignments", GOVERNANCE_READERS, withheld,
                () -> responsibilities.list(new ResponsibilityQueries.Filter(orgUnitId, null, null, null, null), first));
        Page<PairingView> pairingPage = section("pairings", TREE_READERS, withheld,
                () -> pairings.list(new PairingQueries.Filter(null, orgUnitId, null, null), first));
        Page<WhistleView> whistlePage = section("whistles", TREE_READERS, withheld, () -> whistleLists.list(
                new WhistleQueries.Filter(orgUnitId, null, null, null, null, null, null, null, null, null), first));
        return new GovernanceProfile(unit, ancestors, assignments, pairingPage, whistlePage, withheld);
    }

    private <T> T section(String name, Set<String> readers, List<String> withheld, Supplier<T> read) {
        if (readers.stream().anyMatch(caller::hasRole)) {
            return read.get();
        }
        withheld.add(name);
        return null;
    }
}

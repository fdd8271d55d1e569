package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.orgstructure.support.Today;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Raising whistles and reading one; the workflow's steps are {@link WhistleWorkflow}. */
@ApplicationScoped
public class WhistleService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    WhistleCategoryService categories;

    @Inject
    WhistleScope scope;

    @Inject
    WhistleHistory history;

    @Inject
    Caller caller;

    @Inject
    Today today;

    @Inject
    Clock clock;

    @Transactional
    public Whistle raise(WhistleRequests.RaiseWhistle r) {
        OrgUnit community = units.visibleOrNull(r.communityId());
        if (community == null) {
            throw ProblemException.invalid("communityId", "no org unit " + r.communityId() + " exists");
        }
        if (community.level.tier != Level.Tier.VILLAGE) {
            throw ProblemException.invalid("communityId", "a whistle is raised by a COMMUNITY or VILLAGE; " + community.name
                    + " is a " + community.level);
        }
        if (!caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.ORG_MANAGER)) {
            throw ProblemException.forbidden("Only the community's managers raise its whistles");
        }
        WhistleCategory category = WhistleCategory.findById(r.categoryId());
        if (category == null) {
            throw ProblemException.invalid("categoryId", "no whistle category " + r.categoryId() + " exists");
        }
        if ((r.location().latitude() == null) != (r.location().longitude() == null)) {
            throw ProblemException.invalid("location", "give both latitude and longitude, or neither");
        }
        OffsetDateTime at = r.occurredAt() == null ? today.now() : history.utc(r.occurredAt());
        history.requireNotFuture(at);
        Whistle w = new Whistle();
        w.id = UnitIds.next();
        w.communityId = community.id;
        w.communityPath = community.path;
        w.categoryId = category.id;
        w.title = r.title().strip();
        w.description = r.description().strip();
        w.address = r.location().address().strip();
        w.latitude = r.location().latitude();
        w.longitude = r.location().longitude();
        w.urgency = r.urgency();
        w.photoUrls = r.photoUrls() == null || r.photoUrls().isEmpty() ? null : r.photoUrls().toArray(String[]::new);
        w.status = WhistleStatus.RAISED;
        w.escalation = Escalation.NONE;
        w.raisedAt = at;
        w.lastStepAt = at;
        w.created(caller.name(), clock);
        w.persist();
        history.append(w, "RAISE", null, WhistleStatus.RAISED, null, at, null, null);
        return w;
    }

    public WhistleView view(Whistle w) {
        return WhistleView.of(w, assignments(w.id), today.now());
    }

    public List<WhistleAssignment> assignments(UUID whistleId) {
        // the lead before its co-handlers: LEAD sorts after CO_HANDLER
        return WhistleAssignment.list("whistleId = ?1 order by assignedAt, role desc, departmentId", whistleId);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The whistle, or 404 when it does not exist or the caller may not see it. */
    public Whistle require(UUID id) {
        Whistle w = Whistle.findById(id);
        if (w == null || !scope.sees(w)) {
            throw ProblemException.notFound("Whistle", id);
        }
        return w;
    }
}

package cn.shenyang.grassroots.orgstructure.pairing;

import cn.shenyang.grassroots.orgstructure.department.Department;
import cn.shenyang.grassroots.orgstructure.department.DepartmentService;
import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The rules for pairings, and their only writer: a community in the department's district, no overlapping periods. */
@ApplicationScoped
public class PairingService implements CurrentVersion {
    @Inject
    DepartmentService departments;

    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Pairing create(PairingRequests.CreatePairing r) {
        Department d = departments.requireField(r.departmentId(), "departmentId");
        OrgUnit community = units.visibleOrNull(r.communityId());
        if (community == null) {
            throw ProblemException.invalid("communityId", "no org unit " + r.communityId() + " exists");
        }
        if (community.level.tier != Level.Tier.VILLAGE) {
            throw ProblemException.invalid("communityId", "must be a COMMUNITY or VILLAGE; " + community.name + " is a "
                    + community.level);
        }
        if (!community.path.startsWith(d.districtPath + ".")) {
            throw ProblemException.invalid("communityId", community.name + " is not in the district of " + d.name);
        }
        Pairing p = new Pairing();
        p.id = UnitIds.next();
        p.departmentId = d.id;
        p.communityId = community.id;
        p.communityPath = community.path;
        setDates(p, r.validFrom(), r.validTo());
        p.created(caller.name(), clock);
        p.persist();
        return p;
    }

    @Transactional
    public Pairing update(UUID id, String ifMatch, PairingRequests.UpdatePairing r) {
        Pairing p = require(id);
        Versions.requireMatch(ifMatch, p.version);
        setDates(p, r.validFrom(), r.validTo());
        p.touched(caller.name(), clock);
        return p;
    }

    private static void setDates(Pairing p, LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ProblemException.invalid("validTo", "must not be before validFrom (" + from + ")");
        }
        String overlaps = "departmentId = ?1 and communityId = ?2 and id <> ?3 and (validTo is null or validTo >= ?4)";
        Pairing overlapping = (to == null
                ? Pairing.<Pairing>find(overlaps, p.departmentId, p.communityId, p.id, from)
                : Pairing.<Pairing>find(overlaps + " and validFrom <= ?5", p.departmentId, p.communityId, p.id, from, to))
                .firstResult();
        if (overlapping != null) {
            throw ProblemException.conflict("This department is already paired with this community from "
                    + overlapping.validFrom + (overlapping.validTo == null ? "" : " to " + overlapping.validTo)
                    + " (pairing " + overlapping.id + "); periods of one pair may not overlap");
        }
        p.validFrom = from;
        p.validTo = to;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The pairing, or 404 when it does not exist or its community lies outside the caller's subtree. */
    public Pairing require(UUID id) {
        Pairing p = Pairing.findById(id);
        if (p == null || !caller.covers(p.communityPath)) {
            throw ProblemException.notFound("Pairing", id);
        }
        return p;
    }
}

package cn.shenyang.grassroots.orgstructure.department;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnit;
import cn.shenyang.grassroots.orgstructure.orgunit.OrgUnitService;
import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * The rules for departments, and their only writer. A department belongs to a district: whoever
 * sees the district may manage it, and whoever works below the district (a sub-district that
 * dispatches whistles, a community) may read it.
 */
@ApplicationScoped
public class DepartmentService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public Department create(DepartmentRequests.SaveDepartment r) {
        Department d = new Department();
        d.id = UnitIds.next();
        apply(d, r);
        d.created(caller.name(), clock);
        d.persist();
        return d;
    }

    @Transactional
    public Department update(UUID id, String ifMatch, DepartmentRequests.SaveDepartment r) {
        Department d = require(id);
        Versions.requireMatch(ifMatch, d.version);
        if (!caller.covers(d.districtPath)) {
            throw ProblemException.forbidden("Only a caller who sees district " + d.districtId + " can edit its departments");
        }
        apply(d, r);
        d.touched(caller.name(), clock);
        return d;
    }

    private void apply(Department d, DepartmentRequests.SaveDepartment r) {
        OrgUnit district = units.visibleOrNull(r.districtId());
        if (district == null) {
            throw ProblemException.invalid("districtId", "no org unit " + r.districtId() + " exists");
        }
        if (district.level.tier != Level.Tier.COUNTY) {
            throw ProblemException.invalid("districtId", "must be a county-level unit (district, county, county-level city); "
                    + district.name + " is a " + district.level);
        }
        String name = r.name().strip();
        if (Department.count("districtId = ?1 and lower(name) = lower(?2) and id <> ?3", district.id, name, d.id) > 0) {
            throw ProblemException.conflict("District " + district.name + " already has a department named " + name);
        }
        d.name = name;
        d.districtId = district.id;
        d.districtPath = district.path;
        d.kind = r.kind();
        d.liaisonName = r.liaison() == null ? null : r.liaison().name().strip();
        d.liaisonPhone = r.liaison() == null ? null : r.liaison().phone();
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The department, or 404 when it does not exist or the caller's scope neither holds nor lies in its district. */
    public Department require(UUID id) {
        Department d = visibleOrNull(id);
        if (d == null) {
            throw ProblemException.notFound("Department", id);
        }
        return d;
    }

    public Department visibleOrNull(UUID id) {
        Department d = id == null ? null : Department.findById(id);
        return d != null && visible(d.districtPath) ? d : null;
    }

    /** A department named in a request field: 400 naming the field when the caller cannot see it. */
    public Department requireField(UUID id, String field) {
        Department d = visibleOrNull(id);
        if (d == null) {
            throw ProblemException.invalid(field, "no department " + id + " exists");
        }
        return d;
    }

    boolean visible(String districtPath) {
        String scope = caller.scopePath();
        return caller.covers(districtPath) || scope != null && scope.startsWith(districtPath + ".");
    }

    /** The same test in SQL, on a district path column. */
    public Where restrict(Where where, String districtPathColumn) {
        if (caller.unrestricted()) {
            return where;
        }
        String scope = caller.scopePath();
        return scope == null ? where.and("false")
                : where.and("(" + districtPathColumn + " <@ cast(? as ltree) or " + districtPathColumn
                        + " @> cast(? as ltree))", scope, scope);
    }
}

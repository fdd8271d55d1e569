package cn.shenyang.grassroots.orgstructure.responsibility;

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
import java.util.UUID;

/** The rules for responsibility assignments, and their only writer. */
@ApplicationScoped
public class ResponsibilityService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    DepartmentService departments;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ResponsibilityAssignment create(ResponsibilityRequests.SaveResponsibilityAssignment r) {
        ResponsibilityAssignment a = new ResponsibilityAssignment();
        a.id = UnitIds.next();
        apply(a, r);
        a.created(caller.name(), clock);
        a.persist();
        return a;
    }

    @Transactional
    public ResponsibilityAssignment update(UUID id, String ifMatch, ResponsibilityRequests.SaveResponsibilityAssignment r) {
        ResponsibilityAssignment a = require(id);
        Versions.requireMatch(ifMatch, a.version);
        apply(a, r);
        a.touched(caller.name(), clock);
        return a;
    }

    private void apply(ResponsibilityAssignment a, ResponsibilityRequests.SaveResponsibilityAssignment r) {
        OrgUnit unit = units.visibleOrNull(r.orgUnitId());
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + r.orgUnitId() + " exists");
        }
        if (unit.level.tier != Level.Tier.TOWNSHIP && unit.level.tier != Level.Tier.VILLAGE) {
            throw ProblemException.invalid("orgUnitId", "responsibility is assigned for a sub-district, township, "
                    + "community or village; " + unit.name + " is a " + unit.level);
        }
        if (r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            throw ProblemException.invalid("validTo", "must not be before validFrom (" + r.validFrom() + ")");
        }
        ResponsibilityKind.Who who = r.kind().who;
        requirePresent(who == ResponsibilityKind.Who.PERSON, r.personName(), "personName", r.kind());
        requirePresent(who == ResponsibilityKind.Who.PERSON, r.personPost(), "personPost", r.kind());
        requirePresent(who == ResponsibilityKind.Who.DEPARTMENT, r.departmentId(), "departmentId", r.kind());
        requirePresent(who == ResponsibilityKind.Who.AGENCY, r.agencyName(), "agencyName", r.kind());
        if (r.departmentId() != null) {
            Department d = departments.requireField(r.departmentId(), "departmentId");
            if (!unit.path.startsWith(d.districtPath + ".")) {
                throw ProblemException.invalid("departmentId", d.name + " is not a department of the unit's district");
            }
        }
        a.orgUnitId = unit.id;
        a.orgUnitPath = unit.path;
        a.kind = r.kind();
        a.personName = strip(r.personName());
        a.personPost = strip(r.personPost());
        a.departmentId = r.departmentId();
        a.agencyName = strip(r.agencyName());
        a.validFrom = r.validFrom();
        a.validTo = r.validTo();
    }

    /** The field the kind needs is given, and the fields it does not need are not. */
    private static void requirePresent(boolean needed, Object value, String field, ResponsibilityKind kind) {
        boolean given = value != null && !(value instanceof String s && s.isBlank());
        if (needed && !given) {
            throw ProblemException.invalid(field, "is required for " + kind);
        }
        if (!needed && given) {
            throw ProblemException.invalid(field, "does not apply to " + kind);
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public ResponsibilityAssignment require(UUID id) {
        ResponsibilityAssignment a = ResponsibilityAssignment.findById(id);
        if (a == null || !caller.covers(a.orgUnitPath)) {
            throw ProblemException.notFound("Responsibility assignment", id);
        }
        return a;
    }
}

package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Rules of duty deployments; the only writer of {@link DutyDeployment}. */
@ApplicationScoped
public class DutyDeploymentService implements CurrentVersion {
    @Inject
    OrgUnits orgUnits;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public DutyDeployment create(DutyDeploymentRequests.CreateDutyDeployment r) {
        orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        requireDates(r.startsOn(), r.endsOn());
        DutyDeployment d = new DutyDeployment();
        d.id = UUID.randomUUID();
        d.orgUnitId = r.orgUnitId();
        apply(d, r.kind(), r.post(), r.place(), r.shift(), r.headcount(), r.startsOn(), r.endsOn(), r.note());
        d.created(caller.name(), clock);
        d.persist();
        return d;
    }

    @Transactional
    public DutyDeployment update(UUID id, String ifMatch, DutyDeploymentRequests.UpdateDutyDeployment r) {
        DutyDeployment d = require(id);
        Versions.requireMatch(ifMatch, d.version);
        requireDates(r.startsOn(), r.endsOn());
        apply(d, r.kind(), r.post(), r.place(), r.shift(), r.headcount(), r.startsOn(), r.endsOn(), r.note());
        d.touched(caller.name(), clock);
        return d;
    }

    public DutyDeployment require(UUID id) {
        DutyDeployment d = DutyDeployment.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Duty deployment", id);
        }
        orgUnits.requireCovers(d.orgUnitId, "Duty deployment", id);
        return d;
    }

    private static void requireDates(LocalDate startsOn, LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ProblemException.invalid("endsOn", "must not be before startsOn");
        }
    }

    private static void apply(DutyDeployment d, DeploymentKind kind, String post, String place, Shift shift,
            int headcount, LocalDate startsOn, LocalDate endsOn, String note) {
        d.kind = kind;
        d.post = post.strip();
        d.place = place.strip();
        d.shift = shift;
        d.headcount = headcount;
        d.startsOn = startsOn;
        d.endsOn = endsOn;
        d.note = note;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

package cn.shenyang.grassroots.orgstructure.servicesite;

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

/** The only writer of service sites. */
@ApplicationScoped
public class ServiceSiteService implements CurrentVersion {
    @Inject
    OrgUnitService units;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ServiceSite create(ServiceSiteRequests.SaveServiceSite r) {
        ServiceSite s = new ServiceSite();
        s.id = UnitIds.next();
        apply(s, r);
        s.created(caller.name(), clock);
        s.persist();
        return s;
    }

    @Transactional
    public ServiceSite update(UUID id, String ifMatch, ServiceSiteRequests.SaveServiceSite r) {
        ServiceSite s = require(id);
        Versions.requireMatch(ifMatch, s.version);
        apply(s, r);
        s.touched(caller.name(), clock);
        return s;
    }

    private void apply(ServiceSite s, ServiceSiteRequests.SaveServiceSite r) {
        OrgUnit unit = units.visibleOrNull(r.orgUnitId());
        if (unit == null) {
            throw ProblemException.invalid("orgUnitId", "no org unit " + r.orgUnitId() + " exists");
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            throw ProblemException.invalid("latitude", "give both latitude and longitude, or neither");
        }
        s.name = r.name().strip();
        s.kind = r.kind();
        s.orgUnitId = unit.id;
        s.orgUnitPath = unit.path;
        s.address = r.address().strip();
        s.latitude = r.latitude();
        s.longitude = r.longitude();
        s.openingHours = r.openingHours();
    }

    public ServiceSiteRequests.View view(ServiceSite s) {
        OrgUnit unit = OrgUnit.findById(s.orgUnitId);
        return new ServiceSiteRequests.View(s.id, s.name, s.kind, s.orgUnitId, unit.level, s.address, s.latitude,
                s.longitude, s.openingHours, s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public ServiceSite require(UUID id) {
        ServiceSite s = ServiceSite.findById(id);
        if (s == null || !caller.covers(s.orgUnitPath)) {
            throw ProblemException.notFound("Service site", id);
        }
        return s;
    }
}

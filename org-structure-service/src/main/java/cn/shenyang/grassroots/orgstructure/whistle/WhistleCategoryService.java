package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.orgstructure.orgunit.UnitIds;
import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Whistle categories and their deadlines: one list for the whole jurisdiction. */
@ApplicationScoped
public class WhistleCategoryService implements CurrentVersion {
    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public WhistleCategory create(WhistleCategoryRequests.SaveWhistleCategory r) {
        WhistleCategory c = new WhistleCategory();
        c.id = UnitIds.next();
        apply(c, r);
        c.created(caller.name(), clock);
        c.persist();
        return c;
    }

    @Transactional
    public WhistleCategory update(UUID id, String ifMatch, WhistleCategoryRequests.SaveWhistleCategory r) {
        WhistleCategory c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        apply(c, r);
        c.touched(caller.name(), clock);
        return c;
    }

    private static void apply(WhistleCategory c, WhistleCategoryRequests.SaveWhistleCategory r) {
        String name = r.name().strip();
        if (WhistleCategory.count("lower(name) = lower(?1) and id <> ?2", name, c.id) > 0) {
            throw ProblemException.conflict("A whistle category named " + name + " already exists");
        }
        c.name = name;
        c.description = r.description();
        WhistleCategoryRequests.Deadlines d = r.deadlines();
        WhistleCategoryRequests.Deadline urgent = d == null ? null : d.urgent();
        WhistleCategoryRequests.Deadline ordinary = d == null ? null : d.ordinary();
        WhistleCategoryRequests.Deadline complex = d == null ? null : d.complex();
        c.urgentCheckInHours = urgent == null ? Urgency.URGENT.defaultCheckInHours : urgent.checkInHours();
        c.urgentResolveDays = urgent == null ? Urgency.URGENT.defaultResolveDays : urgent.resolveDays();
        c.ordinaryCheckInHours = ordinary == null ? Urgency.ORDINARY.defaultCheckInHours : ordinary.checkInHours();
        c.ordinaryResolveDays = ordinary == null ? Urgency.ORDINARY.defaultResolveDays : ordinary.resolveDays();
        c.complexCheckInHours = complex == null ? Urgency.COMPLEX.defaultCheckInHours : complex.checkInHours();
        c.complexResolveDays = complex == null ? Urgency.COMPLEX.defaultResolveDays : complex.resolveDays();
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public List<WhistleCategory> all() {
        return WhistleCategory.list("order by lower(name), id");
    }

    public WhistleCategory require(UUID id) {
        WhistleCategory c = WhistleCategory.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Whistle category", id);
        }
        return c;
    }
}

package cn.shenyang.grassroots.volunteer.propertycompany;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * A company registered with a unit serves compounds anywhere below it: callers see the companies
 * registered in their subtree and above it (a district-registered company is linked by every
 * community of the district), and change only those registered in their subtree.
 */
@ApplicationScoped
public class PropertyCompanyLookup implements CurrentVersion {
    /** In the scope ?2, or on the path from the root down to it. */
    private static final String VISIBLE = """
            select c.* from property_company c join org_unit_replica u on u.id = c.org_unit_id
            where c.id = ?1 and (u.path <@ cast(?2 as ltree) or cast(?2 as ltree) <@ u.path)""";

    @Inject
    ScopedFind scoped;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Optional<PropertyCompany> find(UUID id) {
        return scoped.find(VISIBLE, PropertyCompany.class, id);
    }

    public PropertyCompany require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Property company", id));
    }

    /** A company a compound may be linked to: 400 naming {@code field} when the caller cannot see it. */
    public PropertyCompany requireField(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.invalid(field, "no property company " + id + " exists"));
    }

    /** To change a company its unit must lie in the caller's subtree; one registered above is read-only (403). */
    public PropertyCompany requireWritable(UUID id) {
        PropertyCompany c = require(id);
        if (!caller.covers(orgUnits.pathOf(c.orgUnitId))) {
            throw ProblemException.forbidden("The company is registered above your unit; only its registering unit changes it");
        }
        return c;
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

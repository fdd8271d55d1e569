package cn.shenyang.grassroots.volunteer.propertycompany;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Property companies: the only writer of {@link PropertyCompany}, and its lists. */
@ApplicationScoped
public class PropertyCompanyService {
    private static final String CODE_UNIQUE = "property_company_credit_code_unique";
    private static final Map<String, String> SORTS = Map.of("name", "c.name", "createdAt", "c.created_at");

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    PropertyCompanyLookup companies;

    @Transactional
    public PropertyCompany create(PropertyCompanyRequests.Save r) {
        PropertyCompany c = new PropertyCompany();
        c.id = UUID.randomUUID();
        apply(c, r);
        c.created(caller.name(), clock);
        save(c, true);
        return c;
    }

    @Transactional
    public PropertyCompany update(UUID id, String ifMatch, PropertyCompanyRequests.Save r) {
        PropertyCompany c = companies.requireWritable(id);
        Versions.requireMatch(ifMatch, c.version);
        apply(c, r);
        c.touched(caller.name(), clock);
        save(c, false);
        return c;
    }

    public Page<PropertyCompany> list(UUID orgUnitId, Boolean hasPartyOrganization, String q, String sort, PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        w.andIf(hasPartyOrganization, "c.has_party_organization = ?");
        if (q != null && !q.isBlank()) {
            w.and("c.name ilike ?", Where.contains(q));
        }
        String scope = Scopes.of(caller);
        if (scope == null) {
            w.and("false");
        } else {
            w.and("(u.path <@ cast(? as ltree) or cast(? as ltree) <@ u.path)", scope, scope);
        }
        return w.page(em, "c.*", "property_company c join org_unit_replica u on u.id = c.org_unit_id",
                Where.orderBy(sort, SORTS, "c.name", "c.id"), page, PropertyCompany.class);
    }

    private void apply(PropertyCompany c, PropertyCompanyRequests.Save r) {
        if (!CreditCodes.isValid(r.creditCode())) {
            throw ProblemException.invalid("creditCode", "the check character does not match (GB 32100)");
        }
        if (!r.orgUnitId().equals(c.orgUnitId)) {
            orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        }
        if (!r.hasPartyOrganization() && r.partyOrganizationName() != null && !r.partyOrganizationName().isBlank()) {
            throw ProblemException.invalid("partyOrganizationName", "is only for a company with a party organisation");
        }
        c.name = r.name().strip();
        c.creditCode = r.creditCode();
        c.orgUnitId = r.orgUnitId();
        c.hasPartyOrganization = r.hasPartyOrganization();
        c.partyOrganizationName = r.hasPartyOrganization() && r.partyOrganizationName() != null
                ? r.partyOrganizationName().strip() : null;
        c.partyMemberCount = r.partyMemberCount();
    }

    private static void save(PropertyCompany c, boolean isNew) {
        try {
            if (isNew) {
                c.persistAndFlush();
            } else {
                PropertyCompany.flush();
            }
        } catch (PersistenceException e) {
            if (Constraints.violated(e, CODE_UNIQUE)) {
                throw ProblemException.conflict("A property company with this credit code is already registered");
            }
            throw e;
        }
    }
}

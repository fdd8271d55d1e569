package cn.shenyang.grassroots.volunteer.ownerscommittee;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.compound.CompoundLookup;
import cn.shenyang.grassroots.volunteer.compound.ResidentialCompound;
import cn.shenyang.grassroots.volunteer.support.Constraints;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Owners' committees: the only writer of {@link OwnersCommittee}, its lookup and lists (scoped by the compound's community). */
@ApplicationScoped
public class OwnersCommitteeService implements CurrentVersion {
    private static final String ONE_PER_COMPOUND = "owners_committee_compound_unique";
    private static final String FROM = """
            owners_committee o join residential_compound c on c.id = o.compound_id
            join org_unit_replica u on u.id = c.community_id""";
    private static final String VISIBLE = """
            select o.* from owners_committee o join residential_compound c on c.id = o.compound_id
            join org_unit_replica u on u.id = c.community_id
            where o.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    ScopedFind scoped;

    @Inject
    CompoundLookup compounds;

    @Transactional
    public OwnersCommittee create(OwnersCommitteeRequests.Create r) {
        ResidentialCompound compound = compounds.requireField(r.compoundId(), "compoundId");
        OwnersCommittee c = new OwnersCommittee();
        c.id = UUID.randomUUID();
        c.compoundId = compound.id;
        apply(c, r.name(), r.chairName(), r.termStartsOn(), r.termEndsOn(), r.memberCount(), r.partyMemberCount(),
                r.hasPartyOrganization());
        c.created(caller.name(), clock);
        try {
            c.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONE_PER_COMPOUND)) {
                throw ProblemException.conflict("Compound " + compound.name + " already has an owners' committee; update it instead");
            }
            throw e;
        }
        return c;
    }

    @Transactional
    public OwnersCommittee update(UUID id, String ifMatch, OwnersCommitteeRequests.Update r) {
        OwnersCommittee c = require(id);
        Versions.requireMatch(ifMatch, c.version);
        apply(c, r.name(), r.chairName(), r.termStartsOn(), r.termEndsOn(), r.memberCount(), r.partyMemberCount(),
                r.hasPartyOrganization());
        c.touched(caller.name(), clock);
        OwnersCommittee.flush();
        return c;
    }

    public OwnersCommittee require(UUID id) {
        return scoped.find(VISIBLE, OwnersCommittee.class, id).orElseThrow(() -> ProblemException.notFound("Owners' committee", id));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public Page<OwnersCommittee> list(UUID orgUnitId, UUID compoundId, Boolean hasPartyOrganization, PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        w.andIf(compoundId, "o.compound_id = ?").andIf(hasPartyOrganization, "o.has_party_organization = ?");
        caller.restrict(w, "u.path");
        return w.page(em, "o.*", FROM, "o.name, o.id", page, OwnersCommittee.class);
    }

    private static void apply(OwnersCommittee c, String name, String chair, LocalDate starts, LocalDate ends, int members,
            int partyMembers, boolean partyOrganization) {
        if (!ends.isAfter(starts)) {
            throw ProblemException.invalid("termEndsOn", "must be after termStartsOn");
        }
        if (partyMembers > members) {
            throw ProblemException.invalid("partyMemberCount", "must not exceed memberCount (" + members + ")");
        }
        c.name = name.strip();
        c.chairName = chair.strip();
        c.termStartsOn = starts;
        c.termEndsOn = ends;
        c.memberCount = members;
        c.partyMemberCount = partyMembers;
        c.hasPartyOrganization = partyOrganization;
    }
}

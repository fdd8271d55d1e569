package cn.shenyang.grassroots.rural.industry;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgLevels;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.rural.support.Money;
import cn.shenyang.grassroots.rural.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Recording a village's industries; at most one of them leading on any day. */
@ApplicationScoped
public class VillageIndustryService {
    /** A leading industry whose running days overlap [?2, ?3] (null ?3: open), other than ?4. */
    private static final String OVERLAPPING_LEADING = """
            select i from VillageIndustry i where i.villageId = ?1 and i.leadingIndustry = true and i.id <> ?4
            and i.startedOn <= ?3 and (i.endedOn is null or i.endedOn >= ?2)""";

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    @Inject
    IndustryLookup industries;

    @Transactional
    public VillageIndustry create(VillageIndustryRequests.CreateIndustry r) {
        orgUnits.requireActiveField(r.villageId(), "villageId", Set.of(OrgLevels.VILLAGE));
        VillageIndustry i = new VillageIndustry();
        i.id = UUID.randomUUID();
        i.villageId = r.villageId();
        i.name = r.name().strip();
        i.category = r.category();
        i.leadingIndustry = r.leading() == null || r.leading();
        i.greenhouseAreaHectares = Money.yuan(r.greenhouseAreaHectares());
        i.householdsInvolved = r.householdsInvolved() == null ? 0 : r.householdsInvolved();
        i.startedOn = today.dated(r.startedOn(), "startedOn", null, null);
        i.description = blankToNull(r.description());
        requireOneLeading(i.villageId, i.id, i.leadingIndustry, i.startedOn, null);
        i.created(caller.name(), clock);
        i.persist();
        return i;
    }

    @Transactional
    public VillageIndustry update(UUID id, String ifMatch, VillageIndustryRequests.UpdateIndustry r) {
        VillageIndustry i = industries.require(id);
        Versions.requireMatch(ifMatch, i.version);
        LocalDate startedOn = today.dated(r.startedOn(), "startedOn", null, null);
        LocalDate endedOn = r.endedOn() == null ? null : today.dated(r.endedOn(), "endedOn", startedOn, "startedOn");
        // checked before the row changes: the lock's statement flushes what is pending, which would
        // write the row twice (two versions for one update) or trip the exclusion constraint first
        requireOneLeading(i.villageId, i.id, r.leading(), startedOn, endedOn);
        i.name = r.name().strip();
        i.category = r.category();
        i.leadingIndustry = r.leading();
        i.greenhouseAreaHectares = Money.yuan(r.greenhouseAreaHectares());
        i.householdsInvolved = r.householdsInvolved();
        i.startedOn = startedOn;
        i.endedOn = endedOn;
        i.description = blankToNull(r.description());
        i.touched(caller.name(), clock);
        return i;
    }

    /**
     * 409 naming another leading industry of the village whose days overlap {@code startedOn}–{@code endedOn}
     * (industry {@code id} itself aside); serialised per village.
     */
    private void requireOneLeading(UUID villageId, UUID id, boolean leading, LocalDate startedOn, LocalDate endedOn) {
        if (!leading) {
            return;
        }
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1))").setParameter(1, villageId.toString())
                .getSingleResult();
        VillageIndustry other = em.createQuery(OVERLAPPING_LEADING, VillageIndustry.class).setParameter(1, villageId)
                .setParameter(2, startedOn).setParameter(3, endedOn == null ? LocalDate.of(9999, 12, 31) : endedOn)
                .setParameter(4, id).setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (other != null) {
            throw ProblemException.conflict("The village's leading industry is already " + other.name + " (" + other.id
                    + ") from " + other.startedOn + (other.endedOn == null ? "" : " to " + other.endedOn)
                    + "; end it (endedOn) or record this one as not leading");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

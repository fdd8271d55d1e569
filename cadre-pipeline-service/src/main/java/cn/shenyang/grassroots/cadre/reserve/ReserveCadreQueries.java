package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.orgreplica.ReplicaUnit;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/** Reads of reserve cadres, always limited to the caller's subtree through the village's replica path. */
@ApplicationScoped
public class ReserveCadreQueries {
    private static final Map<String, String> SORTS = Map.of(
            "name", "c.name", "recommendedOn", "c.recommended_on", "stage", "c.stage",
            "stageOn", "c.stage_on", "createdAt", "c.created_at", "updatedAt", "c.updated_at");

    public record Filter(UUID orgUnitId, Stage stage, CadreSource source, RecommendationChannel channel,
            Integer year, PartyStatus partyStatus, Education education, Boolean preferPartyAdmission,
            Boolean preferNomination, Boolean elected, String q, String sort) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    CadreLookup cadres;

    public Page<ReserveCadre> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            ReplicaUnit unit = orgUnits.requireField(f.orgUnitId(), "orgUnitId");
            w.and("u.path <@ cast(? as ltree)", unit.path());
        }
        w.andIf(f.stage(), "c.stage = ?").andIf(f.source(), "c.source = ?").andIf(f.channel(), "c.channel = ?")
                .andIf(f.year(), "c.cohort_year = ?").andIf(f.partyStatus(), "c.party_status = ?")
                .andIf(f.education(), "c.education = ?")
                .andIf(f.preferPartyAdmission(), "c.prefer_party_admission = ?")
                .andIf(f.preferNomination(), "c.prefer_nomination = ?");
        if (f.elected() != null) {
            w.and(f.elected() ? "c.elected_on is not null" : "c.elected_on is null");
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.and("c.name ilike ?", Where.contains(f.q()));
        }
        caller.restrict(w, "u.path");
        return w.page(em, "c.*", "reserve_cadre c join org_unit_replica u on u.id = c.village_id",
                Where.orderBy(f.sort(), SORTS, "c.recommended_on desc, c.name", "c.id"), page, ReserveCadre.class);
    }

    public Page<CadreTransition> history(UUID cadreId, PageRequest page) {
        cadres.require(cadreId);
        Where w = new Where().and("t.cadre_id = ?", cadreId);
        return w.page(em, "t.*", "reserve_cadre_transition t", "t.occurred_on, t.seq", page, CadreTransition.class);
    }
}

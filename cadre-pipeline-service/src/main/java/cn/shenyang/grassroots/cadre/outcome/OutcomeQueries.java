package cn.shenyang.grassroots.cadre.outcome;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reads of the elections of a cadre the caller can see. */
@ApplicationScoped
public class OutcomeQueries {
    @Inject
    EntityManager em;

    @Inject
    CadreLookup cadres;

    public Page<Election> elections(UUID cadreId, PageRequest page) {
        cadres.require(cadreId);
        return new Where().and("e.cadre_id = ?", cadreId)
                .page(em, "e.*", "reserve_cadre_election e", "e.occurred_on, e.recorded_at", page, Election.class);
    }
}

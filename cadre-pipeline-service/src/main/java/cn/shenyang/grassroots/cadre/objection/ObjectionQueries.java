package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.cadre.reserve.CadreLookup;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** Reads of the objections filed against a cadre the caller can see. */
@ApplicationScoped
public class ObjectionQueries {
    @Inject
    EntityManager em;

    @Inject
    CadreLookup cadres;

    public Page<Objection> list(UUID cadreId, ObjectionStatus status, PageRequest page) {
        cadres.require(cadreId);
        Where w = new Where().and("o.cadre_id = ?", cadreId).andIf(status, "o.status = ?");
        return w.page(em, "o.*", "publicity_objection o", "o.filed_on, o.created_at", page, Objection.class);
    }
}

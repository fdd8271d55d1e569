package cn.shenyang.grassroots.volunteer.opinion;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;

/** Reads of opinions, limited to studios of the caller's subtree. */
@ApplicationScoped
public class OpinionQueries {
    public record Filter(UUID orgUnitId, UUID studioId, OpinionStatus status, OpinionChannel channel, OpinionCategory category,
            UUID representativeId, LocalDate from, LocalDate to) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    OpinionService opinions;

    public Page<Opinion> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.studioId(), "o.studio_id = ?").andIf(f.status(), "o.status = ?").andIf(f.channel(), "o.channel = ?")
                .andIf(f.category(), "o.category = ?").andIf(f.representativeId(), "o.assigned_representative_id = ?")
                .andIf(f.from(), "o.received_on >= ?").andIf(f.to(), "o.received_on <= ?");
        caller.restrict(w, "u.path");
        return w.page(em, "o.*", """
                opinion o join representative_studio s on s.id = o.studio_id
                join org_unit_replica u on u.id = s.org_unit_id""", "o.received_on desc, o.id", page, Opinion.class);
    }

    public Page<OpinionStep> history(UUID opinionId, PageRequest page) {
        opinions.require(opinionId);
        return new Where().and("s.opinion_id = ?", opinionId)
                .page(em, "s.*", "opinion_step s", "s.occurred_on, s.seq", page, OpinionStep.class);
    }
}

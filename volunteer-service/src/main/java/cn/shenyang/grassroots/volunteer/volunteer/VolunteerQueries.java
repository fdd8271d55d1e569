package cn.shenyang.grassroots.volunteer.volunteer;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/** Reads of volunteers, always limited to the caller's subtree through the home community's replica path. */
@ApplicationScoped
public class VolunteerQueries {
    static final String FROM = "volunteer v join org_unit_replica u on u.id = v.home_community_id";
    private static final Map<String, String> SORTS = Map.of("name", "v.name", "registeredOn", "v.registered_on",
            "createdAt", "v.created_at", "updatedAt", "v.updated_at");

    /** The filters a list and an export share. */
    public record Filter(UUID orgUnitId, VolunteerStatus status, Boolean partyMember, Skill skill, String q) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    public Page<Volunteer> list(Filter f, String sort, PageRequest page) {
        return where(f).page(em, "v.*", FROM, Where.orderBy(sort, SORTS, "v.name", "v.id"), page, Volunteer.class);
    }

    /** The scoped where clause of a filter, on {@link #FROM}. */
    public Where where(Filter f) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.status(), "v.status = ?").andIf(f.partyMember(), "v.party_member = ?")
                .andIf(f.skill(), "? = any(string_to_array(v.skills, ','))");
        if (f.q() != null && !f.q().isBlank()) {
            w.and("v.name ilike ?", Where.contains(f.q()));
        }
        return caller.restrict(w, "u.path");
    }
}

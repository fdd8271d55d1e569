package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.studio.StudioLookup;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Representatives: the only writer of {@link Representative}, its scoped lookup and lists. */
@ApplicationScoped
public class RepresentativeService implements CurrentVersion {
    private static final String VISIBLE = """
            select r.* from representative r join org_unit_replica u on u.id = r.org_unit_id
            where r.id = ?1 and u.path <@ cast(?2 as ltree)""";
    private static final Map<String, String> SORTS = Map.of("name", "r.name", "termStartsOn", "r.term_starts_on",
            "createdAt", "r.created_at");

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
    StudioLookup studios;

    @Transactional
    public Representative create(RepresentativeRequests.Save s) {
        Representative r = new Representative();
        r.id = UUID.randomUUID();
        apply(r, s);
        r.created(caller.name(), clock);
        r.persist();
        return r;
    }

    @Transactional
    public Representative update(UUID id, String ifMatch, RepresentativeRequests.Save s) {
        Representative r = require(id);
        Versions.requireMatch(ifMatch, r.version);
        apply(r, s);
        r.touched(caller.name(), clock);
        Representative.flush();
        return r;
    }

    public Optional<Representative> find(UUID id) {
        return scoped.find(VISIBLE, Representative.class, id);
    }

    public Representative require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Representative", id));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    public Page<Representative> list(UUID orgUnitId, RepresentativeBody body, UUID studioId, String q, String sort,
            PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        w.andIf(body, "r.body = ?").andIf(studioId, "r.studio_id = ?");
        if (q != null && !q.isBlank()) {
            w.and("r.name ilike ?", Where.contains(q));
        }
        caller.restrict(w, "u.path");
        return w.page(em, "r.*", "representative r join org_unit_replica u on u.id = r.org_unit_id",
                Where.orderBy(sort, SORTS, "r.name", "r.id"), page, Representative.class);
    }

    private void apply(Representative r, RepresentativeRequests.Save s) {
        String refusal = s.congressLevel().refusalFor(s.body());
        if (refusal != null) {
            throw ProblemException.invalid("congressLevel", refusal);
        }
        if (s.termEndsOn() != null && !s.termEndsOn().isAfter(s.termStartsOn())) {
            throw ProblemException.invalid("termEndsOn", "must be after termStartsOn");
        }
        if (!s.orgUnitId().equals(r.orgUnitId)) {
            orgUnits.requireActiveField(s.orgUnitId(), "orgUnitId");
        }
        if (s.studioId() != null && !s.studioId().equals(r.studioId)) {
            studios.requireField(s.studioId(), "studioId");
        }
        r.name = s.name().strip();
        r.body = s.body();
        r.congressLevel = s.congressLevel();
        r.orgUnitId = s.orgUnitId();
        r.studioId = s.studioId();
        r.phone = s.phone();
        r.occupation = s.occupation() == null || s.occupation().isBlank() ? null : s.occupation().strip();
        r.termStartsOn = s.termStartsOn();
        r.termEndsOn = s.termEndsOn();
    }
}

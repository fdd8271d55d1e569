package cn.shenyang.grassroots.volunteer.studio;

import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Scopes;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.support.DatedSteps;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Studios and their open days. */
@ApplicationScoped
public class StudioService {
    private static final String ATTEND = "insert into open_day_attendance (open_day_id, representative_id) values (?1, ?2)";
    private static final String ATTENDED = """
            select open_day_id, representative_id from open_day_attendance where open_day_id in (?1)
            order by open_day_id, representative_id""";
    /** The representatives of ?1 linked to the caller's scope ?2. */
    private static final String VISIBLE_REPRESENTATIVES = """
            select r.id from representative r join org_unit_replica u on u.id = r.org_unit_id
            where r.id in (?1) and u.path <@ cast(?2 as ltree)""";

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Today today;

    @Inject
    EntityManager em;

    @Inject
    OrgUnits orgUnits;

    @Inject
    StudioLookup studios;

    @Transactional
    public RepresentativeStudio create(StudioRequests.Save r) {
        RepresentativeStudio s = new RepresentativeStudio();
        s.id = UUID.randomUUID();
        apply(s, r);
        s.created(caller.name(), clock);
        s.persist();
        return s;
    }

    @Transactional
    public RepresentativeStudio update(UUID id, String ifMatch, StudioRequests.Save r) {
        RepresentativeStudio s = studios.require(id);
        Versions.requireMatch(ifMatch, s.version);
        apply(s, r);
        s.touched(caller.name(), clock);
        RepresentativeStudio.flush();
        return s;
    }

    public Page<RepresentativeStudio> list(UUID orgUnitId, PageRequest page) {
        Where w = new Where();
        if (orgUnitId != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(orgUnitId, "orgUnitId").path());
        }
        caller.restrict(w, "u.path");
        return w.page(em, "s.*", "representative_studio s join org_unit_replica u on u.id = s.org_unit_id", "s.name, s.id",
                page, RepresentativeStudio.class);
    }

    @Transactional
    public StudioView.OpenDayView holdOpenDay(UUID studioId, StudioRequests.OpenDay r) {
        RepresentativeStudio s = studios.require(studioId);
        List<UUID> attending = r.representativeIds() == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(r.representativeIds()));
        if (!attending.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<UUID> visible = em.createNativeQuery(VISIBLE_REPRESENTATIVES).setParameter(1, attending)
                    .setParameter(2, Scopes.of(caller)).getResultList();
            for (int i = 0; i < attending.size(); i++) {
                if (!visible.contains(attending.get(i))) {
                    throw ProblemException.invalid("representativeIds[" + i + "]", "no representative " + attending.get(i) + " exists");
                }
            }
        }
        OpenDay d = new OpenDay();
        d.id = UUID.randomUUID();
        d.studioId = s.id;
        d.heldOn = DatedSteps.require(r.heldOn(), today.date(), s.openedOn, "heldOn", "the studio opened");
        d.theme = r.theme().strip();
        d.visitors = r.visitors();
        d.notes = r.notes() == null || r.notes().isBlank() ? null : r.notes().strip();
        d.recordedBy = caller.name();
        d.recordedAt = today.now();
        d.persist();
        em.flush();
        for (UUID representative : attending) {
            em.createNativeQuery(ATTEND).setParameter(1, d.id).setParameter(2, representative).executeUpdate();
        }
        return StudioView.OpenDayView.of(d, attending);
    }

    public Page<StudioView.OpenDayView> openDays(UUID studioId, PageRequest page) {
        studios.require(studioId);
        Page<OpenDay> found = new Where().and("d.studio_id = ?", studioId)
                .page(em, "d.*", "studio_open_day d", "d.held_on desc, d.id", page, OpenDay.class);
        Map<UUID, List<UUID>> attended = attendance(found.items().stream().map(d -> d.id).toList());
        return found.map(d -> StudioView.OpenDayView.of(d, attended.getOrDefault(d.id, List.of())));
    }

    public StudioView.OpenDayView openDay(UUID studioId, UUID openDayId) {
        studios.require(studioId);
        OpenDay d = OpenDay.findById(openDayId);
        if (d == null || !d.studioId.equals(studioId)) {
            throw ProblemException.notFound("Open day", openDayId);
        }
        return StudioView.OpenDayView.of(d, attendance(List.of(d.id)).getOrDefault(d.id, List.of()));
    }

    private Map<UUID, List<UUID>> attendance(List<UUID> openDayIds) {
        Map<UUID, List<UUID>> attended = new HashMap<>();
        if (openDayIds.isEmpty()) {
            return attended;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ATTENDED).setParameter(1, openDayIds).getResultList();
        rows.forEach(r -> attended.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add((UUID) r[1]));
        return attended;
    }

    private void apply(RepresentativeStudio s, StudioRequests.Save r) {
        if (!r.orgUnitId().equals(s.orgUnitId)) {
            orgUnits.requireActiveField(r.orgUnitId(), "orgUnitId");
        }
        s.name = r.name().strip();
        s.orgUnitId = r.orgUnitId();
        s.address = r.address().strip();
        if (s.openedOn == null || r.openedOn() != null) {
            s.openedOn = DatedSteps.require(r.openedOn(), today.date(), null, "openedOn", null);
        }
    }
}

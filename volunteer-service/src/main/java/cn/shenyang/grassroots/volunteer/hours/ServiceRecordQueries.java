package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of the ledger, limited to volunteers whose home community lies in the caller's subtree. */
@ApplicationScoped
public class ServiceRecordQueries {
    private static final String FROM = """
            service_record s join volunteer v on v.id = s.volunteer_id
            join org_unit_replica u on u.id = v.home_community_id""";
    private static final String REVERSALS = """
            select corrects_id, id from service_record where corrects_id in (?1) and kind = 'REVERSAL'""";
    /** A volunteer's summary from the derived tables: years (kind 'Y') and the days star levels were reached ('S'). */
    private static final String SUMMARY = """
            select 'Y', year, hours, null::date from volunteer_year_hours where volunteer_id = ?1
            union all
            select 'S', stars, null, attained_on from volunteer_star where volunteer_id = ?1
            order by 1, 2""";

    public record Filter(UUID volunteerId, UUID activityId, UUID orgUnitId, ServiceRecordKind kind, Boolean effective,
            LocalDate from, LocalDate to) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    VolunteerLookup volunteers;

    @Inject
    ServiceRecordLookup records;

    public Page<ServiceRecordView> list(Filter f, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.volunteerId(), "s.volunteer_id = ?").andIf(f.activityId(), "s.activity_id = ?")
                .andIf(f.kind(), "s.kind = ?").andIf(f.from(), "s.served_on >= ?").andIf(f.to(), "s.served_on <= ?");
        if (f.effective() != null) {
            String effective = "s.kind <> 'REVERSAL' and not exists (select 1 from service_record r "
                    + "where r.corrects_id = s.id and r.kind = 'REVERSAL')";
            w.and(f.effective() ? effective : "not (" + effective + ")");
        }
        caller.restrict(w, "u.path");
        Page<ServiceRecord> found = w.page(em, "s.*", FROM, "s.started_at, s.seq", page, ServiceRecord.class);
        Map<UUID, UUID> reversedBy = reversedBy(found.items().stream().map(r -> r.id).toList());
        return found.map(r -> ServiceRecordView.of(r, reversedBy.get(r.id)));
    }

    public ServiceRecordView view(UUID id) {
        return view(records.require(id));
    }

    public ServiceRecordView view(ServiceRecord r) {
        return ServiceRecordView.of(r, reversedBy(List.of(r.id)).get(r.id));
    }

    public ServiceRecordView.Summary summary(UUID volunteerId) {
        volunteers.require(volunteerId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SUMMARY).setParameter(1, volunteerId).getResultList();
        BigDecimal total = BigDecimal.ZERO.setScale(1);
        List<ServiceRecordView.YearHours> years = new ArrayList<>();
        List<ServiceRecordView.StarReached> stars = new ArrayList<>();
        for (Object[] r : rows) {
            if ("Y".equals(r[0])) {
                BigDecimal hours = (BigDecimal) r[2];
                years.add(new ServiceRecordView.YearHours(((Number) r[1]).intValue(), hours));
                total = total.add(hours);
            } else {
                stars.add(new ServiceRecordView.StarReached(((Number) r[1]).intValue(), (LocalDate) r[3]));
            }
        }
        int level = StarLevels.starsFor(total);
        BigDecimal toNext = level == StarLevels.MAX ? null : StarLevels.threshold(level + 1).subtract(total);
        return new ServiceRecordView.Summary(volunteerId, total, level, toNext, stars, years);
    }

    private Map<UUID, UUID> reversedBy(List<UUID> ids) {
        Map<UUID, UUID> reversed = new HashMap<>();
        if (ids.isEmpty()) {
            return reversed;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(REVERSALS).setParameter(1, ids).getResultList();
        rows.forEach(r -> reversed.put((UUID) r[0], (UUID) r[1]));
        return reversed;
    }
}

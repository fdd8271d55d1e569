package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.sql.Where;
import cn.shenyang.grassroots.volunteer.support.Today;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of activities and their participants, limited to the caller's subtree by the organising unit. */
@ApplicationScoped
public class ActivityQueries {
    private static final Map<String, String> SORTS = Map.of("startsAt", "a.starts_at", "title", "a.title",
            "createdAt", "a.created_at");

    public record Filter(UUID orgUnitId, ActivityKind kind, ServiceTheme theme, UUID teamId, ActivityStatus status,
            LocalDate from, LocalDate to) {}

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    @Inject
    Today today;

    @Inject
    ActivityLookup activities;

    @Inject
    ActivityLookup.Participations participations;

    public Page<ActivityView> list(Filter f, String sort, PageRequest page) {
        Where w = new Where();
        if (f.orgUnitId() != null) {
            w.and("u.path <@ cast(? as ltree)", orgUnits.requireField(f.orgUnitId(), "orgUnitId").path());
        }
        w.andIf(f.kind(), "a.kind = ?").andIf(f.theme(), "a.theme = ?").andIf(f.teamId(), "a.organizer_team_id = ?")
                .andIf(f.status(), "a.status = ?");
        if (f.from() != null) {
            w.and("a.starts_at >= ?", f.from().atStartOfDay(today.zone()).toOffsetDateTime());
        }
        if (f.to() != null) {
            w.and("a.starts_at < ?", f.to().plusDays(1).atStartOfDay(today.zone()).toOffsetDateTime());
        }
        caller.restrict(w, "u.path");
        Page<ServiceActivity> found = w.page(em, "a.*", "service_activity a join org_unit_replica u on u.id = a.org_unit_id",
                Where.orderBy(sort, SORTS, "a.starts_at desc", "a.id"), page, ServiceActivity.class);
        Map<UUID, List<ServiceItem>> items = items(found.items().stream().map(a -> a.id).toList());
        return found.map(a -> ActivityView.of(a, items.getOrDefault(a.id, List.of())));
    }

    public ActivityView view(ServiceActivity a) {
        return ActivityView.of(a, items(List.of(a.id)).getOrDefault(a.id, List.of()));
    }

    public Page<Participation> participants(UUID activityId, ParticipationStatus status, PageRequest page) {
        activities.require(activityId);
        Where w = new Where().and("p.activity_id = ?", activityId);
        if (status != null) {
            w.and(switch (status) {
                case CANCELLED -> "p.cancelled_at is not null";
                case CHECKED_IN -> "p.cancelled_at is null and p.checked_in_at is not null";
                case SIGNED_UP -> "p.cancelled_at is null and p.checked_in_at is null";
            });
        }
        return w.page(em, "p.*", "activity_participation p", "p.created_at, p.id", page, Participation.class);
    }

    public Participation participant(UUID activityId, UUID participationId) {
        return participations.require(activityId, participationId);
    }

    private Map<UUID, List<ServiceItem>> items(List<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return Map.of();
        }
        List<ServiceItem> all = ServiceItem.list("activityId in ?1 order by activityId, seq", activityIds);
        return all.stream().collect(Collectors.groupingBy(i -> i.activityId));
    }
}

package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** Finds an activity within the caller's subtree (by its organising unit). */
@ApplicationScoped
public class ActivityLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select a.* from service_activity a join org_unit_replica u on u.id = a.org_unit_id
            where a.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public Optional<ServiceActivity> find(UUID id) {
        return scoped.find(VISIBLE, ServiceActivity.class, id);
    }

    public ServiceActivity require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Service activity", id));
    }

    public ServiceActivity requireField(UUID id, String field) {
        return find(id).orElseThrow(() -> ProblemException.invalid(field, "no service activity " + id + " exists"));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }

    /** The version of a sign-up or walk-in for If-Match, visible when its activity is. */
    @ApplicationScoped
    public static class Participations implements CurrentVersion {
        private static final String VISIBLE = """
                select p.* from activity_participation p join service_activity a on a.id = p.activity_id
                join org_unit_replica u on u.id = a.org_unit_id
                where p.id = ?1 and u.path <@ cast(?2 as ltree)""";

        @Inject
        ScopedFind scoped;

        /** 404 unless the participation belongs to the activity ({@code null}: any) and that activity is in scope. */
        public Participation require(UUID activityId, UUID id) {
            return scoped.find(VISIBLE, Participation.class, id).filter(p -> activityId == null || p.activityId.equals(activityId))
                    .orElseThrow(() -> ProblemException.notFound("Participation", id));
        }

        @Override
        public long of(UUID id) {
            return require(null, id).version;
        }
    }
}

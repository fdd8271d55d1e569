package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A ledger row is visible when its volunteer is: their home community lies in the caller's subtree. */
@ApplicationScoped
public class ServiceRecordLookup {
    private static final String VISIBLE = """
            select s.* from service_record s join volunteer v on v.id = s.volunteer_id
            join org_unit_replica u on u.id = v.home_community_id
            where s.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public ServiceRecord require(UUID id) {
        return scoped.find(VISIBLE, ServiceRecord.class, id).orElseThrow(() -> ProblemException.notFound("Service record", id));
    }
}

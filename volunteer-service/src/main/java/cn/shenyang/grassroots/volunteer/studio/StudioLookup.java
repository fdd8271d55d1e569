package cn.shenyang.grassroots.volunteer.studio;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Finds a studio within the caller's subtree. */
@ApplicationScoped
public class StudioLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select s.* from representative_studio s join org_unit_replica u on u.id = s.org_unit_id
            where s.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public RepresentativeStudio require(UUID id) {
        return scoped.find(VISIBLE, RepresentativeStudio.class, id).orElseThrow(() -> ProblemException.notFound("Representative studio", id));
    }

    public RepresentativeStudio requireField(UUID id, String field) {
        return scoped.find(VISIBLE, RepresentativeStudio.class, id)
                .orElseThrow(() -> ProblemException.invalid(field, "no representative studio " + id + " exists"));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

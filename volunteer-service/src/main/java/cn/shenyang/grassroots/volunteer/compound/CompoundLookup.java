package cn.shenyang.grassroots.volunteer.compound;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.volunteer.support.ScopedFind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Finds a compound within the caller's subtree (by its community). */
@ApplicationScoped
public class CompoundLookup implements CurrentVersion {
    private static final String VISIBLE = """
            select c.* from residential_compound c join org_unit_replica u on u.id = c.community_id
            where c.id = ?1 and u.path <@ cast(?2 as ltree)""";

    @Inject
    ScopedFind scoped;

    public ResidentialCompound require(UUID id) {
        return scoped.find(VISIBLE, ResidentialCompound.class, id).orElseThrow(() -> ProblemException.notFound("Residential compound", id));
    }

    public ResidentialCompound requireField(UUID id, String field) {
        return scoped.find(VISIBLE, ResidentialCompound.class, id)
                .orElseThrow(() -> ProblemException.invalid(field, "no residential compound " + id + " exists"));
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

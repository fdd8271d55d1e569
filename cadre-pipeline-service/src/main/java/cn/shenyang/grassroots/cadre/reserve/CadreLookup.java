package cn.shenyang.grassroots.cadre.reserve;

import cn.shenyang.grassroots.platform.orgreplica.OrgUnits;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Finds a reserve cadre for the features that hang records on one (objections, outcomes,
 * training, mentoring, practice), always within the caller's subtree: a cadre the caller cannot
 * see answers exactly like one that does not exist.
 */
@ApplicationScoped
public class CadreLookup {
    @Inject
    Caller caller;

    @Inject
    OrgUnits orgUnits;

    /** The cadre, or 404 when it does not exist or its village lies outside the caller's subtree. */
    public ReserveCadre require(UUID id) {
        ReserveCadre c = ReserveCadre.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Reserve cadre", id);
        }
        orgUnits.requireCovers(c.villageId, "Reserve cadre", id);
        return c;
    }

    /** True when the cadre exists and lies inside the caller's subtree (for records that hang on a cadre). */
    public boolean visible(UUID id) {
        ReserveCadre c = ReserveCadre.findById(id);
        return c != null && caller.covers(orgUnits.pathOf(c.villageId));
    }

    /** A cadre named in a request body: 400 naming {@code field} when unknown or outside the caller's subtree. */
    public ReserveCadre requireField(UUID id, String field) {
        ReserveCadre c = ReserveCadre.findById(id);
        if (c == null || !caller.covers(orgUnits.pathOf(c.villageId))) {
            throw ProblemException.invalid(field, "no reserve cadre " + id + " exists");
        }
        return c;
    }

    /** The same, and the cadre must be in the reserve pool (training, mentoring and practice are for them). */
    public ReserveCadre requireInPoolField(UUID id, String field, String what) {
        ReserveCadre c = requireField(id, field);
        requireInPool(c, what);
        return c;
    }

    /** 409 unless the cadre is in the reserve pool. */
    public static void requireInPool(ReserveCadre c, String what) {
        if (c.stage != Stage.IN_RESERVE) {
            throw ProblemException.conflict(what + " are recorded for cadres in the reserve pool; " + c.name
                    + " is in stage " + c.stage);
        }
    }
}

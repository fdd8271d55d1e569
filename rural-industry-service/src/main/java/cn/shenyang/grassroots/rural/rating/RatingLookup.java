package cn.shenyang.grassroots.rural.rating;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A rating within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class RatingLookup implements CurrentVersion {
    static final Visible.Kind<DemonstrationRating> KIND = new Visible.Kind<>("Demonstration rating", "demonstration_rating",
            "org_unit_id", DemonstrationRating.class);

    @Inject
    Visible visible;

    public DemonstrationRating require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

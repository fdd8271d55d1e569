package cn.shenyang.grassroots.rural.industry;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A village industry within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class IndustryLookup implements CurrentVersion {
    static final Visible.Kind<VillageIndustry> KIND = new Visible.Kind<>("Village industry", "village_industry",
            "village_id", VillageIndustry.class);

    @Inject
    Visible visible;

    public VillageIndustry require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

package cn.shenyang.grassroots.rural.cooperative;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A cooperative within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class CooperativeLookup implements CurrentVersion {
    static final Visible.Kind<Cooperative> KIND = new Visible.Kind<>("Cooperative", "cooperative", "village_id",
            Cooperative.class);

    @Inject
    Visible visible;

    public Cooperative require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

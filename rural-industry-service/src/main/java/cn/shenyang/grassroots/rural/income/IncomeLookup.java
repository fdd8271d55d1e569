package cn.shenyang.grassroots.rural.income;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A return within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class IncomeLookup implements CurrentVersion {
    static final Visible.Kind<CollectiveIncome> KIND = new Visible.Kind<>("Collective income", "collective_income",
            "village_id", CollectiveIncome.class);

    @Inject
    Visible visible;

    public CollectiveIncome require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

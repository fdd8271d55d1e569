package cn.shenyang.grassroots.rural.rectification;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A case within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class RectificationLookup implements CurrentVersion {
    static final Visible.Kind<Rectification> KIND = new Visible.Kind<>("Rectification", "rectification", "village_id",
            Rectification.class);

    @Inject
    Visible visible;

    public Rectification require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

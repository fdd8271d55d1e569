package cn.shenyang.grassroots.rural.post;

import cn.shenyang.grassroots.platform.http.CurrentVersion;
import cn.shenyang.grassroots.rural.support.Visible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** A post claim within the caller's subtree (404 otherwise), and its version for If-Match. */
@ApplicationScoped
public class PostClaimLookup implements CurrentVersion {
    static final Visible.Kind<PostClaim> KIND = new Visible.Kind<>("Party-member post claim", "post_claim", "village_id",
            PostClaim.class);

    @Inject
    Visible visible;

    public PostClaim require(UUID id) {
        return visible.require(KIND, id);
    }

    @Override
    public long of(UUID id) {
        return require(id).version;
    }
}

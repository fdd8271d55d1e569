package cn.shenyang.grassroots.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is making the current request, for audit columns and idempotency scopes. */
@RequestScoped
public class CurrentCaller {
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity == null || identity.isAnonymous() ? ANONYMOUS : identity.getPrincipal().getName();
    }
}

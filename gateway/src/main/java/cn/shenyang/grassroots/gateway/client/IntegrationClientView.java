package cn.shenyang.grassroots.gateway.client;

import cn.shenyang.grassroots.platform.http.Versioned;
import cn.shenyang.grassroots.gateway.account.RoleSet;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An integration client as callers see it: never its secret or hash. */
@Schema(name = "IntegrationClient")
public record IntegrationClientView(
        UUID id,
        String clientId,
        String name,
        List<String> roles,
        UUID orgUnitId,
        boolean enabled,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    public static IntegrationClientView of(IntegrationClient c) {
        return new IntegrationClientView(c.id, c.clientId, c.name, RoleSet.split(c.roles), c.orgUnitId, c.enabled,
                c.version, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    /** The answer to a secret rotation: the only time a secret is ever shown. */
    @Schema(name = "IntegrationClientSecret")
    public record Secret(String clientId, String clientSecret) {}
}

package cn.shenyang.grassroots.gateway.account;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as callers see it: never its password hash. */
@Schema(name = "Account")
public record AccountView(
        UUID id,
        String username,
        String displayName,
        List<String> roles,
        UUID orgUnitId,
        @Schema(description = "For a DEPARTMENT_LIAISON: the department the account answers for") UUID departmentId,
        boolean enabled,
        long version,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {

    public static AccountView of(Account a) {
        return new AccountView(a.id, a.username, a.displayName, RoleSet.split(a.roles), a.orgUnitId, a.departmentId, a.enabled,
                a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
    }
}

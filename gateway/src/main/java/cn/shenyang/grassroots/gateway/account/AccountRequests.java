package cn.shenyang.grassroots.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller may send about accounts; ids, hashes and audit fields are never accepted.
 * Passwords are left out of {@code toString} so a stray log line cannot leak them.
 */
public final class AccountRequests {
    private AccountRequests() {}

    public static final int MIN_PASSWORD = 10;

    static final String DEPARTMENT = "The district department a DEPARTMENT_LIAISON answers for (an id from "
            + "/api/v1/departments); required with that role and refused without it. Tokens carry it as departmentId.";

    public record CreateAccount(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "may contain letters, digits and . _ @ - only") String username,
            @Size(max = 200) String displayName,
            @NotBlank @Size(min = MIN_PASSWORD, max = 200) @Schema(format = "password", writeOnly = true) String password,
            @NotEmpty @Size(max = 5) @Schema(description = "ADMIN, ORG_MANAGER, INTEGRATION, DEPARTMENT_LIAISON, VIEWER")
            List<String> roles,
            @Schema(description = "The org unit whose subtree the account may see; required except for ADMIN and INTEGRATION")
            UUID orgUnitId,
            @Schema(description = "Defaults to true") Boolean enabled,
            @Schema(description = DEPARTMENT) UUID departmentId) {

        /** What an Idempotency-Key is checked against: the request without the password, which must not be stored. */
        public CreateAccount fingerprint() {
            return new CreateAccount(username, displayName, null, roles, orgUnitId, enabled, departmentId);
        }

        @Override
        public String toString() {
            return "CreateAccount[username=" + username + ", roles=" + roles + ", orgUnitId=" + orgUnitId + ", departmentId=" + departmentId + "]";
        }
    }

    /** Replaces the account's roles, org unit, name and enabled flag. */
    public record UpdateAccount(
            @Size(max = 200) String displayName,
            @NotEmpty @Size(max = 5) List<String> roles,
            UUID orgUnitId,
            @NotNull Boolean enabled,
            @Schema(description = DEPARTMENT) UUID departmentId) {}

    public record ResetPassword(
            @NotBlank @Size(min = MIN_PASSWORD, max = 200) @Schema(format = "password", writeOnly = true) String password) {
        @Override
        public String toString() {
            return "ResetPassword[***]";
        }
    }
}

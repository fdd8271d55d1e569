package cn.shenyang.grassroots.gateway.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about integration clients; secrets are left out of {@code toString}. */
public final class IntegrationClientRequests {
    private IntegrationClientRequests() {}

    public static final int MIN_SECRET = 24;

    public record CreateIntegrationClient(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+",
                    message = "may contain letters, digits and . _ - only") String clientId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(min = MIN_SECRET, max = 200) @Schema(format = "password", writeOnly = true)
            String clientSecret,
            @NotEmpty @Size(max = 5) List<String> roles,
            @Schema(description = "The org unit whose subtree the client may see; required except for ADMIN and INTEGRATION")
            UUID orgUnitId,
            @Schema(description = "Defaults to true") Boolean enabled) {

        /** What an Idempotency-Key is checked against: the request without the secret, which must not be stored. */
        public CreateIntegrationClient fingerprint() {
            return new CreateIntegrationClient(clientId, name, null, roles, orgUnitId, enabled);
        }

        @Override
        public String toString() {
            return "CreateIntegrationClient[clientId=" + clientId + ", roles=" + roles + ", orgUnitId=" + orgUnitId + "]";
        }
    }

    public record UpdateIntegrationClient(
            @NotBlank @Size(max = 200) String name,
            @NotEmpty @Size(max = 5) List<String> roles,
            UUID orgUnitId,
            @NotNull Boolean enabled) {}

    /** Without a secret, the gateway generates one and answers it once. */
    public record RotateSecret(
            @Size(min = MIN_SECRET, max = 200) @Schema(format = "password", writeOnly = true) String clientSecret) {
        @Override
        public String toString() {
            return "RotateSecret[***]";
        }
    }
}

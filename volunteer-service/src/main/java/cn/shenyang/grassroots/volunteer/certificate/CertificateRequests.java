package cn.shenyang.grassroots.volunteer.certificate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CertificateRequests {
    private CertificateRequests() {}

    @Schema(name = "IssueServiceCertificate")
    public record Issue(
            @Schema(description = "First day of service counted; absent: from the first record") LocalDate periodFrom,
            @Schema(description = "Last day of service counted; default today, never in the future") LocalDate periodTo,
            @Schema(description = "What the certificate is for (school, employer…)") @Size(max = 200) String purpose,
            @Schema(description = "The issuing org unit in your subtree; default the volunteer's home community") UUID issuerOrgUnitId) {}

    @Schema(name = "RevokeServiceCertificate")
    public record Revoke(@NotBlank @Size(max = 1000) String reason,
            @Schema(description = "Default today; not in the future or before the issue") LocalDate revokedOn) {}
}

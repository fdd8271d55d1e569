package cn.shenyang.grassroots.volunteer.certificate;

import cn.shenyang.grassroots.platform.dictionary.Labelled;
import cn.shenyang.grassroots.platform.http.Versioned;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceCertificate", description = "A certificate as its issuer sees it")
public record CertificateView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 24, description = "What anyone types in to verify it") String number,
        @Schema(required = true) UUID volunteerId,
        @Schema(required = true) UUID issuerOrgUnitId,
        @Schema(description = "First day counted; null: from the first record") LocalDate periodFrom,
        @Schema(required = true, description = "Last day counted") LocalDate periodTo,
        @Schema(required = true, description = "Hours served from periodFrom to periodTo (sum of ledger rows served in it)")
        BigDecimal hours,
        @Schema(required = true, description = "Star level on periodTo, from all hours served up to it", minimum = "0", maximum = "5")
        int starLevel,
        String purpose,
        @Schema(required = true) LocalDate issuedOn,
        @Schema(required = true) CertificateStatus status,
        LocalDate revokedOn,
        String revokeReason,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static CertificateView of(ServiceCertificate c) {
        return new CertificateView(c.id, c.number, c.volunteerId, c.issuerUnitId, c.periodFrom, c.periodTo, c.hours, c.stars,
                c.purpose, c.issuedOn, CertificateStatus.of(c), c.revokedOn, c.revokeReason, c.version, c.createdAt,
                c.createdBy, c.updatedAt, c.updatedBy);
    }

    @Schema(name = "ServiceCertificateStatus")
    public enum CertificateStatus implements Labelled {
        VALID("有效", "Valid"),
        REVOKED("已撤销", "Revoked");

        private final String labelZh;
        private final String labelEn;

        CertificateStatus(String labelZh, String labelEn) {
            this.labelZh = labelZh;
            this.labelEn = labelEn;
        }

        @Override
        public String labelZh() { return labelZh; }

        @Override
        public String labelEn() { return labelEn; }

        static CertificateStatus of(ServiceCertificate c) {
            return c.revokedOn == null ? VALID : REVOKED;
        }
    }

    @Schema(name = "ServiceCertificateVerification", description = "What anyone holding the number may see: the "
            + "certified figures and who issued them, never the holder's ID number, phone or full name")
    public record Verification(
            @Schema(required = true, maxLength = 24) String number,
            @Schema(required = true) CertificateStatus status,
            @Schema(required = true, description = "The holder's name with all but the first character masked (张**)")
            String holder,
            @Schema(required = true, description = "The issuing org unit's name") String issuer,
            @Schema(required = true) LocalDate issuedOn,
            LocalDate periodFrom,
            @Schema(required = true) LocalDate periodTo,
            @Schema(required = true) BigDecimal hours,
            @Schema(required = true, minimum = "0", maximum = "5") int starLevel,
            LocalDate revokedOn) {}
}

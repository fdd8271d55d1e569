package cn.shenyang.grassroots.orgstructure.pairing;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about pairings. */
public final class PairingRequests {
    private PairingRequests() {}

    public record CreatePairing(
            @NotNull UUID departmentId,
            @NotNull @Schema(description = "A COMMUNITY or VILLAGE inside the department's district") UUID communityId,
            @NotNull @Schema(description = "First day of the pairing") LocalDate validFrom,
            @Schema(description = "Last day of the pairing (inclusive); absent while it lasts") LocalDate validTo) {}

    /** Only the dates change; a pairing with another department or community is a new pairing. */
    public record UpdatePairing(
            @NotNull LocalDate validFrom,
            @Schema(description = "Last day of the pairing (inclusive); absent while it lasts") LocalDate validTo) {}
}

package cn.shenyang.grassroots.volunteer.ownerscommittee;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class OwnersCommitteeRequests {
    private OwnersCommitteeRequests() {}

    @Schema(name = "CreateOwnersCommittee")
    public record Create(
            @Schema(description = "The compound it represents (one committee per compound)") @NotNull UUID compoundId,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String chairName,
            @NotNull LocalDate termStartsOn,
            @Schema(description = "After termStartsOn (a term is usually 5 years)") @NotNull LocalDate termEndsOn,
            @NotNull @Min(1) @Max(100) Integer memberCount,
            @Schema(description = "Party members on the committee, at most memberCount") @NotNull @Min(0) @Max(100) Integer partyMemberCount,
            @Schema(description = "Whether the committee has its own party organisation (e.g. a branch)") @NotNull Boolean hasPartyOrganization) {}

    @Schema(name = "UpdateOwnersCommittee", description = "Replaces the committee's details; it stays with its compound")
    public record Update(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String chairName,
            @NotNull LocalDate termStartsOn,
            @NotNull LocalDate termEndsOn,
            @NotNull @Min(1) @Max(100) Integer memberCount,
            @NotNull @Min(0) @Max(100) Integer partyMemberCount,
            @NotNull Boolean hasPartyOrganization) {}
}

package cn.shenyang.grassroots.orgstructure.orgunit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** What a caller may send about org units; ids, paths, status and audit fields are never accepted. */
public final class OrgUnitRequests {
    private OrgUnitRequests() {}

    public record PartyOrganization(
            @NotNull PartyOrganizationKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String secretaryName) {}

    public record CreateOrgUnit(
            @NotBlank @Size(max = 200) String name,
            @NotNull Level level,
            UUID parentId,
            @Size(max = 12) @Pattern(regexp = "\\d{2,12}", message = "must be 2 to 12 digits") String divisionCode,
            @Valid PartyOrganization partyOrganization) {}

    /** Replaces the editable fields; level and parent change only through move. */
    public record UpdateOrgUnit(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 12) @Pattern(regexp = "\\d{2,12}", message = "must be 2 to 12 digits") String divisionCode,
            @Valid PartyOrganization partyOrganization) {}

    public record MoveOrgUnit(@NotNull UUID newParentId) {}

    public record DissolveOrgUnit(@NotBlank @Size(max = 500) String reason) {}
}

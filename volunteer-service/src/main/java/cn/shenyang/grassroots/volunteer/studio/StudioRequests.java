package cn.shenyang.grassroots.volunteer.studio;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class StudioRequests {
    private StudioRequests() {}

    @Schema(name = "SaveRepresentativeStudio", description = "A studio: create, or replace with If-Match")
    public record Save(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The unit of your subtree the studio belongs to") @NotNull UUID orgUnitId,
            @NotBlank @Size(max = 300) String address,
            @Schema(description = "Default today; never in the future") LocalDate openedOn) {}

    @Schema(name = "CreateStudioOpenDay", description = "An open day as held")
    public record OpenDay(
            @Schema(description = "Default today; never in the future or before the studio opened") LocalDate heldOn,
            @NotBlank @Size(max = 200) String theme,
            @Schema(description = "Representatives who received visitors; each linked to your subtree")
            @Size(max = 50) List<@NotNull UUID> representativeIds,
            @Schema(description = "People who came") @NotNull @Min(0) @Max(100000) Integer visitors,
            @Size(max = 2000) String notes) {}
}

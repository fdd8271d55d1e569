package cn.shenyang.grassroots.orgstructure.whistle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WhistleCategoryRequests {
    private WhistleCategoryRequests() {}

    @Schema(name = "WhistleDeadline")
    public record Deadline(
            @NotNull @Min(1) @Max(720) @Schema(description = "Hours after a dispatch within which each department checks in")
            Integer checkInHours,
            @NotNull @Min(1) @Max(365) @Schema(description = "Days after a dispatch within which the lead department reports a result")
            Integer resolveDays) {}

    @Schema(name = "WhistleDeadlinesByUrgency", description = "Deadlines per urgency; an absent urgency takes the default "
            + "(URGENT 2 h / 1 day, ORDINARY 24 h / 7 days, COMPLEX 24 h / 15 days)")
    public record Deadlines(@Valid Deadline urgent, @Valid Deadline ordinary, @Valid Deadline complex) {}

    public record SaveWhistleCategory(
            @NotBlank @Size(max = 100) String name,
            @Size(max = 500) String description,
            @Valid Deadlines deadlines) {}
}

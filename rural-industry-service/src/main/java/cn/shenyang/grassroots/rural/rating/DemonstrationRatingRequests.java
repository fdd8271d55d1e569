package cn.shenyang.grassroots.rural.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about demonstration ratings. */
public final class DemonstrationRatingRequests {
    private DemonstrationRatingRequests() {}

    @Schema(name = "CreateDemonstrationRating", description = "A unit's rating for a year: a village BASIC, UPGRADED or "
            + "DEMONSTRATION, a township-level unit WHOLE_TOWNSHIP_DEMONSTRATION; one per unit and year")
    public record CreateRating(
            @Schema(required = true, description = "The rated village or township-level unit") @NotNull UUID orgUnitId,
            @Schema(required = true, minimum = "1949", maximum = "2200", description = "The year rated, up to the current year")
            @NotNull @Min(1949) @Max(2200) Integer year,
            @Schema(required = true) @NotNull DemonstrationLevel rating,
            @Schema(description = "The day the rating was decided; default today, never in the future, never before the "
                    + "year began") LocalDate ratedOn,
            @Schema(description = "The decision or notice behind it", maxLength = 500) @Size(max = 500) String evidenceRef) {}

    @Schema(name = "ChangeDemonstrationRating", description = "A change of a rating, with its reason (kept in the history)")
    public record ChangeRating(
            @Schema(required = true) @NotNull DemonstrationLevel rating,
            @Schema(description = "The day the change was decided; default today, never in the future, never before the "
                    + "rating it changes") LocalDate ratedOn,
            @Schema(required = true, maxLength = 1000, description = "Why the rating changes") @NotBlank @Size(max = 1000)
            String reason,
            @Schema(maxLength = 500) @Size(max = 500) String evidenceRef) {}
}

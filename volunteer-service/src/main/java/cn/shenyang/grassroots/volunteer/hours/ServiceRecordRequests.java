package cn.shenyang.grassroots.volunteer.hours;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about service hours. */
public final class ServiceRecordRequests {
    private ServiceRecordRequests() {}

    @Schema(name = "CreateServiceRecord", description = "Hours a volunteer served, recorded by the organiser: at an activity "
            + "(activityId; the volunteer checked in there) or free-standing (orgUnitId: the unit that organised the service)")
    public record CreateRecord(
            @NotNull UUID volunteerId,
            @Schema(description = "The activity served at; the volunteer must have checked in, and the service begins "
                    + "during the activity") UUID activityId,
            @Schema(description = "For a free-standing service: the org unit that organised it (from the activity otherwise)")
            UUID orgUnitId,
            @Schema(description = "When the service began (with zone); its local day is the day the hours count on")
            @NotNull OffsetDateTime startedAt,
            @Schema(description = "When it ended: after startedAt, at most 24 h later, not in the future")
            @NotNull OffsetDateTime endedAt,
            @Schema(description = "Actual service time in hours, steps of 0.5, travel excluded: at most the time between "
                    + "startedAt and endedAt", minimum = "0.5", maximum = "24")
            @NotNull @DecimalMin("0.5") @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
            @Size(max = 1000) String description) {}

    @Schema(name = "CorrectServiceRecord", description = "REVERSE adds a reversal of the record; AMEND adds the reversal and "
            + "the corrected record (fields not given keep the record's values). The record itself never changes.")
    public record Correct(
            @NotNull CorrectionAction action,
            @Schema(description = "Why the record is corrected") @NotBlank @Size(max = 1000) String reason,
            @Schema(description = "AMEND: corrected start") OffsetDateTime startedAt,
            @Schema(description = "AMEND: corrected end") OffsetDateTime endedAt,
            @Schema(description = "AMEND: corrected hours, steps of 0.5", minimum = "0.5", maximum = "24")
            @DecimalMin("0.5") @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
            @Schema(description = "AMEND: corrected description") @Size(max = 1000) String description) {}
}

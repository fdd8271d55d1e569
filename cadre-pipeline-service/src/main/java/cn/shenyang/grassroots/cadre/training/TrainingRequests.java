package cn.shenyang.grassroots.cadre.training;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about training. */
public final class TrainingRequests {
    private TrainingRequests() {}

    @Schema(name = "CreateTrainingRecord")
    public record CreateTrainingRecord(
            @NotNull UUID cadreId,
            @NotNull TrainingKind kind,
            @NotBlank @Size(max = 200) String title,
            @Schema(description = "Who gave the training, e.g. 镇党委, 沈阳农业大学") @Size(max = 200) String provider,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Schema(description = "Hours of training, one decimal")
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1) BigDecimal hours) {}

    @Schema(name = "UpdateTrainingRecord")
    public record UpdateTrainingRecord(
            @NotNull TrainingKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 200) String provider,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("9999.9") @Digits(integer = 4, fraction = 1) BigDecimal hours) {}
}

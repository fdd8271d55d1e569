package cn.shenyang.grassroots.cadre.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about practice assignments. */
public final class PracticeRequests {
    private PracticeRequests() {}

    @Schema(name = "CreatePracticeAssignment")
    public record CreatePracticeAssignment(
            @NotNull UUID cadreId,
            @NotNull PracticeKind kind,
            @NotBlank @Size(max = 200) String title,
            @Schema(description = "The tasks and responsibilities given (设岗定责)") @NotBlank @Size(max = 2000) String responsibilities,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {}

    @Schema(name = "UpdatePracticeAssignment")
    public record UpdatePracticeAssignment(
            @NotNull PracticeKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 2000) String responsibilities,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @Schema(description = "How the cadre performed") @Size(max = 2000) String assessment) {}
}

package cn.shenyang.grassroots.cadre.deployment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about duty deployments. */
public final class DutyDeploymentRequests {
    private DutyDeploymentRequests() {}

    @Schema(name = "CreateDutyDeployment")
    public record CreateDutyDeployment(
            @NotNull DeploymentKind kind,
            @Schema(description = "The unit the duty is for (district, sub-district, community…)") @NotNull UUID orgUnitId,
            @Schema(description = "e.g. 高速公路出口检查站") @NotBlank @Size(max = 200) String post,
            @NotBlank @Size(max = 200) String place,
            @NotNull Shift shift,
            @NotNull @Min(1) @Max(100000) Integer headcount,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 1000) String note) {}

    @Schema(name = "UpdateDutyDeployment")
    public record UpdateDutyDeployment(
            @NotNull DeploymentKind kind,
            @NotBlank @Size(max = 200) String post,
            @NotBlank @Size(max = 200) String place,
            @NotNull Shift shift,
            @NotNull @Min(1) @Max(100000) Integer headcount,
            @NotNull LocalDate startsOn,
            LocalDate endsOn,
            @Size(max = 1000) String note) {}
}

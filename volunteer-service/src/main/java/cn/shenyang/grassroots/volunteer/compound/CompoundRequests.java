package cn.shenyang.grassroots.volunteer.compound;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CompoundRequests {
    private CompoundRequests() {}

    @Schema(name = "CreateResidentialCompound")
    public record Create(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "The community (or village) the compound lies in") @NotNull UUID communityId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @Min(0) @Max(100000) Integer households,
            @Schema(description = "Its first grade; PROFESSIONAL needs a property company") @NotNull PropertyServiceGrade grade,
            @Schema(description = "The day it was first graded; default today, never in the future") LocalDate gradedOn,
            @Schema(description = "The property company serving it, registered in or above your unit") UUID propertyCompanyId) {}

    /** Grades change only through grade-changes, so they are dated and kept. */
    @Schema(name = "UpdateResidentialCompound")
    public record Update(
            @NotBlank @Size(max = 200) String name,
            @NotNull UUID communityId,
            @NotBlank @Size(max = 300) String address,
            @NotNull @Min(0) @Max(100000) Integer households,
            UUID propertyCompanyId) {}

    @Schema(name = "ChangeCompoundGrade", description = "A new grade, dated when the compound was regraded")
    public record ChangeGrade(
            @NotNull PropertyServiceGrade grade,
            @Schema(description = "Default today; never in the future, never before the current grade was given") LocalDate occurredOn,
            @NotBlank @Size(max = 1000) String reason) {}
}

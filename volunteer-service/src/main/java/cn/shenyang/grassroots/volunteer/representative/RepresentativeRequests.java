package cn.shenyang.grassroots.volunteer.representative;

import cn.shenyang.grassroots.volunteer.volunteer.VolunteerRequests;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class RepresentativeRequests {
    private RepresentativeRequests() {}

    @Schema(name = "SaveRepresentative", description = "A representative: create, or replace with If-Match")
    public record Save(
            @NotBlank @Size(max = 100) @Pattern(regexp = VolunteerRequests.NAME, message = VolunteerRequests.NAME_MESSAGE) String name,
            @NotNull RepresentativeBody body,
            @NotNull CongressLevel congressLevel,
            @Schema(description = "The unit of your subtree the representative is linked to") @NotNull UUID orgUnitId,
            @Schema(description = "The studio the representative receives people at, in your subtree") UUID studioId,
            @Schema(description = "Mobile number; personal data", maxLength = 11)
            @Pattern(regexp = VolunteerRequests.PHONE, message = "must be an 11-digit mobile number starting with 1") String phone,
            @Size(max = 200) String occupation,
            @NotNull LocalDate termStartsOn,
            @Schema(description = "After termStartsOn; absent while the term runs") LocalDate termEndsOn) {}
}

package cn.shenyang.grassroots.cadre.posting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about cadre postings. */
public final class CadrePostingRequests {
    private CadrePostingRequests() {}

    @Schema(name = "CreateCadrePosting")
    public record CreateCadrePosting(
            @NotBlank @Size(max = 100) String personName,
            @Schema(description = "Personal data") @Size(max = 18) @Pattern(regexp = "\\d{17}[\\dX]", message = "must be 17 digits and a check digit or X") String idNumber,
            @Schema(description = "Personal data") @Size(max = 11) @Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mobile number") String phone,
            @NotNull PostingSource source,
            @NotNull CadreRank rank,
            @Schema(description = "The department or institution the cadre comes from") @NotBlank @Size(max = 200) String fromUnit,
            @Schema(description = "Where the cadre works: a sub-district (街道) or other township-level unit, or a "
                    + "community or village below one; the township-level unit at or above it manages the cadre (its "
                    + "party working committee, 党工委)") @NotNull UUID orgUnitId,
            @Size(max = 200) String post,
            @Schema(description = "The day the posting began; its year is the intake year the article counts")
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {}

    @Schema(name = "UpdateCadrePosting")
    public record UpdateCadrePosting(
            @NotBlank @Size(max = 100) String personName,
            @Size(max = 18) @Pattern(regexp = "\\d{17}[\\dX]", message = "must be 17 digits and a check digit or X") String idNumber,
            @Size(max = 11) @Pattern(regexp = "1\\d{10}", message = "must be an 11-digit mobile number") String phone,
            @NotNull PostingSource source,
            @NotNull CadreRank rank,
            @NotBlank @Size(max = 200) String fromUnit,
            @Size(max = 200) String post,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {}
}

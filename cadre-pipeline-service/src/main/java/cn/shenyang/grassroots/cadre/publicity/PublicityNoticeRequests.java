package cn.shenyang.grassroots.cadre.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about publicity notices. */
public final class PublicityNoticeRequests {
    private PublicityNoticeRequests() {}

    @Schema(name = "CreatePublicityNotice")
    public record CreatePublicityNotice(
            @Schema(description = "The township, sub-district or village publishing it") @NotNull UUID orgUnitId,
            @NotNull NoticeKind kind,
            @Schema(description = "The selection year the notice belongs to") @NotNull @Min(1949) @Max(2200) Integer year,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 10000) String content,
            @Schema(description = "Defaults to today") LocalDate publishedOn,
            @Schema(description = "Last day on public display; for CANDIDATES it defaults to the publicity window "
                    + "(cadre.selection.publicity-working-days working days)") LocalDate publicUntil) {}

    @Schema(name = "UpdatePublicityNotice")
    public record UpdatePublicityNotice(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 10000) String content,
            @NotNull LocalDate publishedOn,
            LocalDate publicUntil) {}
}

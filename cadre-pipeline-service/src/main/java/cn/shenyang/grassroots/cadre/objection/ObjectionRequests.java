package cn.shenyang.grassroots.cadre.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about objections filed during a publicity window. */
public final class ObjectionRequests {
    private ObjectionRequests() {}

    @Schema(name = "FileObjection")
    public record FileObjection(
            @Schema(description = "Who objected; leave empty for an anonymous objection") @Size(max = 100) String objector,
            @NotBlank @Size(max = 2000) String summary) {}

    @Schema(name = "SettleObjection")
    public record SettleObjection(
            @Schema(description = "UPHELD or DISMISSED") @NotNull ObjectionStatus outcome,
            @NotBlank @Size(max = 2000) String settlement) {}
}

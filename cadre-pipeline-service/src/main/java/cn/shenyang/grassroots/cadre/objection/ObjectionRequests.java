package cn.shenyang.grassroots.cadre.objection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about objections filed during a publicity window. */
public final class ObjectionRequests {
    private ObjectionRequests() {}

    @Schema(name = "FileObjection")
    public record FileObjection(
            @Schema(description = "Who objected; leave empty for an anonymous objection") @Size(max = 100) String objector,
            @NotBlank @Size(max = 2000) String summary,
            @Schema(description = "The day it was filed; defaults to today; inside the publicity window, never in the future")
            LocalDate filedOn) {}

    @Schema(name = "SettleObjection")
    public record SettleObjection(
            @Schema(description = "UPHELD or DISMISSED") @NotNull ObjectionStatus outcome,
            @NotBlank @Size(max = 2000) String settlement,
            @Schema(description = "The day it was settled; defaults to today; not before filedOn, never in the future")
            LocalDate settledOn) {}
}

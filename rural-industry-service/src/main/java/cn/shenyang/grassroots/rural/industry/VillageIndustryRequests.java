package cn.shenyang.grassroots.rural.industry;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about village industries. */
public final class VillageIndustryRequests {
    private VillageIndustryRequests() {}

    @Schema(name = "CreateVillageIndustry", description = "An industry or product of a village")
    public record CreateIndustry(
            @Schema(required = true, description = "The village (org unit of level VILLAGE)") @NotNull UUID villageId,
            @Schema(required = true, maxLength = 100, description = "The industry or product, e.g. 草莓") @NotBlank
            @Size(max = 100) String name,
            @Schema(required = true) @NotNull IndustryCategory category,
            @Schema(description = "The village's leading industry (一村一业/一村一品); default true. At most one leading "
                    + "industry per village on any day") Boolean leading,
            @Schema(description = "Greenhouse area in hectares, 2 decimals; default 0", minimum = "0", maximum = "99999999.99")
            @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal greenhouseAreaHectares,
            @Schema(description = "Households taking part; default 0", minimum = "0", maximum = "1000000")
            @Min(0) @Max(1_000_000) Integer householdsInvolved,
            @Schema(description = "The day it started; default today, never in the future") LocalDate startedOn,
            @Schema(maxLength = 1000) @Size(max = 1000) String description) {}

    @Schema(name = "UpdateVillageIndustry", description = "Replaces an industry's details; endedOn closes it")
    public record UpdateIndustry(
            @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String name,
            @Schema(required = true) @NotNull IndustryCategory category,
            @Schema(required = true) @NotNull Boolean leading,
            @Schema(required = true, minimum = "0", maximum = "99999999.99")
            @NotNull @DecimalMin("0") @Digits(integer = 8, fraction = 2) BigDecimal greenhouseAreaHectares,
            @Schema(required = true, minimum = "0", maximum = "1000000") @NotNull @Min(0) @Max(1_000_000)
            Integer householdsInvolved,
            @Schema(required = true, description = "Never in the future") @NotNull LocalDate startedOn,
            @Schema(description = "The last day it ran; not before startedOn, never in the future; null while it runs")
            LocalDate endedOn,
            @Schema(maxLength = 1000) @Size(max = 1000) String description) {}
}

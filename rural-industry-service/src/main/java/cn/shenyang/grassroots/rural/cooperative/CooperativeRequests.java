package cn.shenyang.grassroots.rural.cooperative;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about cooperatives and family farms. */
public final class CooperativeRequests {
    private CooperativeRequests() {}

    static final String ID_NUMBER = "\\d{17}[\\dX]";
    static final String CREDIT_CODE = "[0-9A-HJ-NPQRTUWXY]{18}";

    @Schema(name = "CreateCooperative", description = "A farmer cooperative or family farm of a village")
    public record CreateCooperative(
            @Schema(required = true, description = "The village (org unit of level VILLAGE)") @NotNull UUID villageId,
            @Schema(required = true) @NotNull CooperativeKind kind,
            @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(description = "统一社会信用代码 (18 characters)", maxLength = 18, pattern = CREDIT_CODE)
            @Pattern(regexp = CREDIT_CODE, message = "must be an 18-character unified social credit code") String registrationCode,
            @Schema(description = "What it produces, e.g. 草莓", maxLength = 100) @Size(max = 100) String industry,
            @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String leaderName,
            @Schema(required = true, description = "The leader's post; anything but NOT_A_CADRE makes it cadre-led (村干部领办)")
            @NotNull LeaderRole leaderRole,
            @Schema(description = "The leader's resident ID number (personal data), so one cadre leading several counts "
                    + "once", maxLength = 18, pattern = ID_NUMBER)
            @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check digit or X") String leaderIdNumber,
            @Schema(description = "The day it was founded; default today, never in the future") LocalDate foundedOn) {}

    @Schema(name = "UpdateCooperative", description = "Replaces a cooperative's details; dissolvedOn ends it")
    public record UpdateCooperative(
            @Schema(required = true) @NotNull CooperativeKind kind,
            @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
            @Schema(maxLength = 18, pattern = CREDIT_CODE)
            @Pattern(regexp = CREDIT_CODE, message = "must be an 18-character unified social credit code") String registrationCode,
            @Schema(maxLength = 100) @Size(max = 100) String industry,
            @Schema(required = true, maxLength = 100) @NotBlank @Size(max = 100) String leaderName,
            @Schema(required = true) @NotNull LeaderRole leaderRole,
            @Schema(maxLength = 18, pattern = ID_NUMBER)
            @Pattern(regexp = ID_NUMBER, message = "must be 17 digits and a check digit or X") String leaderIdNumber,
            @Schema(required = true, description = "Never in the future") @NotNull LocalDate foundedOn,
            @Schema(description = "The day it was dissolved; not before foundedOn, never in the future") LocalDate dissolvedOn) {}

    @Schema(name = "CreateCooperativeResult", description = "A cooperative's results for one year")
    public record CreateResult(
            @Schema(required = true, minimum = "1949", maximum = "2200", description = "A year the cooperative existed in, "
                    + "up to the current year") @NotNull @Min(1949) @Max(2200) Integer year,
            @Schema(required = true, minimum = "0", maximum = "10000000", description = "Households linked into the "
                    + "cooperative's production chain in the year (\"branch + cooperative + households\")")
            @NotNull @Min(0) @Max(10_000_000) Integer linkedHouseholds,
            @Schema(required = true, minimum = "0", maximum = "99999999999.99", description = "Income increase of the "
                    + "linked households attributed to the cooperative in the year, yuan")
            @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal incomeIncrease,
            @Schema(maxLength = 500) @Size(max = 500) String evidenceRef) {}

    @Schema(name = "UpdateCooperativeResult", description = "Replaces a year's results")
    public record UpdateResult(
            @Schema(required = true, minimum = "0", maximum = "10000000") @NotNull @Min(0) @Max(10_000_000)
            Integer linkedHouseholds,
            @Schema(required = true, minimum = "0", maximum = "99999999999.99")
            @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal incomeIncrease,
            @Schema(maxLength = 500) @Size(max = 500) String evidenceRef) {}
}

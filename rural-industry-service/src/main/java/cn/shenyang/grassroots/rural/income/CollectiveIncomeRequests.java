package cn.shenyang.grassroots.rural.income;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about collective incomes; id, status, revisions, version and audit fields are never accepted. */
public final class CollectiveIncomeRequests {
    private CollectiveIncomeRequests() {}

    private static final String AMOUNT = "Yuan, 0 or more, at most 2 decimals and 11 integer digits; left out: 0.00";

    @Schema(name = "IncomeAmountsInput", description = "A return's amounts by source (yuan). A source left out is 0.00; "
            + "a village whose every source is 0 is hollow (空壳村)")
    public record AmountsInput(
            @Schema(description = "土地经济. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal land,
            @Schema(description = "飞地经济. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal enclave,
            @Schema(description = "能人经济. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal capablePerson,
            @Schema(description = "资产租赁. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal assetLeasing,
            @Schema(description = "服务创收. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal service,
            @Schema(description = "其他. " + AMOUNT, minimum = "0", maximum = "99999999999.99")
            @DecimalMin("0") @Digits(integer = 11, fraction = 2) BigDecimal other) {

        public IncomeAmounts toAmounts() {
            return new IncomeAmounts(land, enclave, capablePerson, assetLeasing, service, other);
        }
    }

    @Schema(name = "CreateCollectiveIncome", description = "A village's return for a year (REPORT): status REPORTED, revision 1")
    public record CreateCollectiveIncome(
            @Schema(description = "The village (org unit of level VILLAGE); one return per village and year", required = true)
            @NotNull UUID villageId,
            @Schema(description = "The year the income was earned: 1949 up to the current year", required = true,
                    minimum = "1949", maximum = "2200")
            @NotNull @Min(1949) @Max(2200) Integer year,
            @Schema(required = true) @NotNull @Valid AmountsInput amounts,
            @Schema(description = "Reference to the ledger, statement or file that backs the amounts", maxLength = 500)
            @Size(max = 500) String evidenceRef,
            @Schema(description = "The day the village submitted the return; default today. Never in the future, "
                    + "never before 1 January of the income year")
            LocalDate reportedOn) {}

    @Schema(name = "PerformCollectiveIncomeAction", description = "One review step; which extra fields are needed "
            + "depends on the action: RETURN and CORRECT need a reason, AMEND and CORRECT the new amounts")
    public record PerformAction(
            @Schema(required = true) @NotNull IncomeReviewAction action,
            @Schema(description = "The day the step happened; default today. Never in the future, never before the "
                    + "return's previous step. For AMEND and CORRECT, the day the new amounts were submitted")
            LocalDate occurredOn,
            @Schema(description = "Why; required for RETURN and CORRECT", maxLength = 1000) @Size(max = 1000) String reason,
            @Schema(description = "Reference to the minutes, statement or file behind the step", maxLength = 500)
            @Size(max = 500) String evidenceRef,
            @Schema(description = "AMEND and CORRECT: the amounts of the new revision") @Valid AmountsInput amounts) {}
}

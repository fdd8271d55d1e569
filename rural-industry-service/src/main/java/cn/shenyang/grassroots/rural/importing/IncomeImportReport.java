package cn.shenyang.grassroots.rural.importing;

import cn.shenyang.grassroots.rural.income.IncomeReviewStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CollectiveIncomeImportReport", description = "What an accepted import of yearly returns stored, row by row")
public record IncomeImportReport(
        @Schema(required = true, description = "Rows stored as new returns, each with its revision 1 and dated steps")
        int imported,
        @Schema(required = true, description = "Rows whose village and year already had a return with the same current "
                + "amounts: left as they are, so the same file can be sent again") int alreadyPresent,
        @Schema(required = true, description = "The new returns by the status their steps reached")
        Map<IncomeReviewStatus, Integer> importedByStatus,
        @Schema(required = true, description = "Every data row of the file, in order") List<RowOutcome> rows) {

    @Schema(name = "IncomeImportOutcome")
    public enum Outcome { IMPORTED, ALREADY_PRESENT }

    @Schema(name = "CollectiveIncomeImportRow", description = "What became of one row")
    public record RowOutcome(
            @Schema(required = true, description = "The data row, counted from 1 after the header") int row,
            @Schema(required = true) UUID villageId,
            @Schema(required = true) int year,
            @Schema(required = true) Outcome outcome,
            @Schema(required = true, description = "The return the row created, or the one already stored") UUID incomeId,
            @Schema(required = true, description = "The return's status after the import") IncomeReviewStatus status) {}
}

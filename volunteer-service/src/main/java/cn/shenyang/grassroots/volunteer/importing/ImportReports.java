package cn.shenyang.grassroots.volunteer.importing;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What accepted imports stored. */
public final class ImportReports {
    private ImportReports() {}

    @Schema(name = "VolunteerImportReport", description = "What an accepted volunteer import stored")
    public record Volunteers(
            @Schema(required = true, description = "Rows stored as new volunteers") int imported,
            @Schema(required = true, description = "Rows whose ID number was already registered under the same name: left "
                    + "as they are, so the same file can be sent again") int alreadyPresent,
            @Schema(required = true, description = "Row numbers (from 1) of the rows already present", maxItems = 1000000)
            List<Integer> alreadyPresentRows) {}

    @Schema(name = "ServiceRecordImportReport", description = "What an accepted service-record import stored")
    public record ServiceRecords(
            @Schema(required = true, description = "Rows stored as new ORIGINAL records") int imported,
            @Schema(required = true, description = "Hours of the rows stored") BigDecimal hours,
            @Schema(required = true, description = "Volunteers whose hours and star levels were recomputed") int volunteers,
            @Schema(required = true, description = "Rows identical to a record already stored (same volunteer, startedAt, "
                    + "endedAt and hours): left as they are, so the same file can be sent again") int alreadyPresent,
            @Schema(required = true, description = "Row numbers (from 1) of the rows already present", maxItems = 1000000)
            List<Integer> alreadyPresentRows) {}
}

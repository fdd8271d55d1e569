package cn.shenyang.grassroots.orgstructure.whistle;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WhistleImportReport", description = "What an accepted import stored, row by row")
public record WhistleImportReport(
        @Schema(description = "Whistles created") int whistles,
        @Schema(description = "Steps recorded, the RAISE steps included") int steps,
        List<Row> rows) {

    @Schema(name = "WhistleImportRow")
    public record Row(@Schema(description = "1-based, the CSV header not counted") int row, String ref, String action,
            UUID whistleId) {}
}

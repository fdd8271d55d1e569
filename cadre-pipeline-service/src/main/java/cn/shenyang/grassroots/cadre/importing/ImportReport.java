package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.cadre.reserve.Stage;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReserveCadreImportReport", description = "What an accepted ledger import stored")
public record ImportReport(
        @Schema(description = "Rows stored as new cadres, each with its history") int imported,
        @Schema(description = "Rows already imported before (same ID number and selection year): left as they are, "
                + "so the same file can be sent again") int alreadyPresent,
        @Schema(description = "Row numbers (from 1) of the rows already present") List<Integer> alreadyPresentRows,
        @Schema(description = "The imported cadres by the stage they reached") Map<Stage, Integer> importedByStage,
        @Schema(description = "History rows (workflow steps) stored") int steps) {}

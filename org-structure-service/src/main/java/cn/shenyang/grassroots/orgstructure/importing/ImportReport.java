package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitImportReport", description = "What an accepted import stored")
public record ImportReport(
        int imported,
        Map<Level, Integer> importedByLevel,
        @Schema(description = "Feed cursor of the first change the import produced") long firstCursor,
        @Schema(description = "Feed cursor of the last change the import produced") long lastCursor) {}

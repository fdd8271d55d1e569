package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/org-units/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION})
public class OrgUnitImportResource {
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    @Inject
    OrgUnitImporter importer;

    @POST
    @Consumes(NDJSON)
    @Operation(operationId = "importOrgUnitsNdjson", summary = "Bulk-import org units from NDJSON (all or nothing)",
            description = "One JSON object per line with name, level, parentId or parentDivisionCode, divisionCode,"
                    + " partyOrgKind, partyOrgName, partySecretaryName. A parent may be a row earlier in the file.")
    @APIResponse(responseCode = "200", description = "Every row stored",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations list every bad row")
    public ImportReport importNdjson(InputStream body) {
        return importer.importNdjson(body);
    }

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importOrgUnitsCsv", summary = "Bulk-import org units from CSV (all or nothing)",
            description = "A header row naming the columns name, level, parentId, parentDivisionCode, divisionCode,"
                    + " partyOrgKind, partyOrgName, partySecretaryName (any order; blank means none).")
    @APIResponse(responseCode = "200", description = "Every row stored",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations list every bad row")
    public ImportReport importCsv(InputStream body) {
        return importer.importCsv(body);
    }
}

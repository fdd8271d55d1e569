package cn.shenyang.grassroots.rural.importing;

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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/collective-incomes/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Collective incomes")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION})
public class IncomeImportResource {
    public static final String CSV = "text/csv";

    @Inject
    IncomeImporter importer;

    @POST
    @Consumes(CSV)
    @Operation(operationId = "importCollectiveIncomes", summary = "Import yearly village returns from CSV (all or nothing)",
            description = "CSV (text/csv, UTF-8) with a header row naming any of: villageId, year, land, enclave, "
                    + "capablePerson, assetLeasing, service, other (yuan, 0 or more, at most 2 decimals; blank is 0), "
                    + "evidenceRef, reportedOn (default today), reviewedOn, confirmedOn. Each row becomes a return with "
                    + "its dated steps: REPORT on reportedOn, REVIEW on reviewedOn (needs a scope one level above the "
                    + "village), CONFIRM on confirmedOn (two levels above; needs reviewedOn), in order and none in the "
                    + "future. One bad row stores nothing: the 422 lists every bad row and field (rows[n].field, rows "
                    + "counted from 1 after the header, at most 1,000). A village and year already stored with the same "
                    + "current amounts is left as it is (ALREADY_PRESENT), so the same file can be sent again; with "
                    + "other amounts the row is refused (use AMEND or CORRECT).")
    @RequestBody(required = true, content = @Content(mediaType = CSV, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, maxLength = 536870912)))
    @APIResponse(responseCode = "200", description = "Every new row stored; the report lists what became of each row",
            content = @Content(schema = @Schema(implementation = IncomeImportReport.class)))
    @APIResponse(responseCode = "403", description = "The role may not import")
    @APIResponse(responseCode = "409", description = "Another request stored a conflicting return meanwhile; send the file again")
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations name every bad row and field")
    public IncomeImportReport importCollectiveIncomes(InputStream body) {
        return importer.importCsv(body);
    }
}

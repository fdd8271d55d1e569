package cn.shenyang.grassroots.cadre.importing;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reserve-cadres/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION})
public class ReserveCadreImportResource {
    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    @Inject
    ReserveCadreImporter importer;

    @POST
    @Consumes({NDJSON, CSV})
    @Operation(operationId = "importReserveCadres", summary = "Import an existing reserve-cadre ledger (all or nothing)",
            description = "NDJSON (application/x-ndjson): one JSON object per line; CSV (text/csv, UTF-8): a header row. "
                    + "Each row is a cadre as recommended and the date of every step it took: name, gender, birthDate, "
                    + "idNumber, phone, education, partyStatus (at recommendation), villageId, source, channel, "
                    + "recommendedOn, reason, qualifiedOn, negativeListFindings (';'-separated), nominatedOn, votesFor, "
                    + "votesCast, inspectedOn, inspectionReport, writtenTestScore, interviewScore, publicizedOn, "
                    + "publicityStartsOn, admittedOn, exit (REJECT, WITHDRAW, REMOVE or ELECT), exitOn, exitReason, "
                    + "committee (ELECT), activistOn, probationaryOn, memberOn. Rows are replayed through the same "
                    + "rules as the one-by-one steps, judged on each step's date. A row whose ID number and selection "
                    + "year are already stored is left as it is, so the same file can be sent again.")
    @APIResponse(responseCode = "200", description = "Every new row stored",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "403", description = "The role may not import")
    @APIResponse(responseCode = "409", description = "Another request stored a conflicting cadre meanwhile; send the file again")
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations name every bad row and field "
            + "(rows[n].field, rows counted from 1)")
    public ImportReport importReserveCadres(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, InputStream body) {
        return contentType.isCompatible(MediaType.valueOf(CSV)) ? importer.importCsv(body) : importer.importNdjson(body);
    }
}

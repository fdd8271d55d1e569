package cn.shenyang.grassroots.orgstructure.whistle;

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

@Path("/api/v1/whistles/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Whistles")
@RolesAllowed(Roles.ADMIN)
public class WhistleImportResource {
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";

    @Inject
    WhistleImporter importer;

    @POST
    @Consumes({NDJSON, CSV})
    @Operation(operationId = "importWhistles", summary = "Import past whistles with their steps and times (all or nothing)",
            description = "One step per row; a whistle's rows share a ref: RAISE first (communityId, categoryId, title, "
                    + "description, address, latitude, longitude, urgency), then its steps in the order they happened "
                    + "(DISPATCH/REDISPATCH with leadDepartmentId and coHandlerDepartmentIds, department steps with "
                    + "departmentId, note, CONFIRM with rating). occurredAt is required on every row. Each row follows the "
                    + "rules of the same step over HTTP. NDJSON: one object per line; CSV: a header row naming the columns "
                    + "(coHandlerDepartmentIds separated by ';').")
    @APIResponse(responseCode = "200", description = "Every row stored",
            content = @Content(schema = @Schema(implementation = WhistleImportReport.class)))
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations list every bad row")
    public WhistleImportReport importWhistles(@HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType, InputStream body) {
        return contentType.isCompatible(MediaType.valueOf(CSV)) ? importer.importCsv(body) : importer.importNdjson(body);
    }
}

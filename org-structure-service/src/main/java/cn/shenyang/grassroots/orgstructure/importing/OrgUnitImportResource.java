package cn.shenyang.grassroots.orgstructure.importing;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
    @Consumes({NDJSON, CSV})
    @Operation(operationId = "importOrgUnits", summary = "Bulk-import org units from NDJSON or CSV (all or nothing)",
            description = "NDJSON (application/x-ndjson): one JSON object per line. CSV (text/csv): a header row."
                    + " Fields/columns: name (at most 200 characters), level, parentId or parentDivisionCode,"
                    + " divisionCode (2 to 12 digits), partyOrgKind, partyOrgName (at most 200; required with"
                    + " partyOrgKind), partySecretaryName (at most 100). A parent may be a row earlier in the same file."
                    + " A first load (a body of 2 MB or more, with at least as many rows as the tree has units) is stored"
                    + " while it arrives: readers of the units wait from its first byte until it commits, and so do"
                    + " those of the tables that refer to units when the load found them free.")
    @APIResponse(responseCode = "200", description = "Every row stored",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "403", description = "The role may not import")
    @APIResponse(responseCode = "413", description = "Over the bulk body limit, or more rows than the service has the"
            + " memory to import at once; nothing stored; split the file")
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations list every bad row")
    public ImportReport importOrgUnits(@Context HttpHeaders headers, InputStream body) {
        return headers.getMediaType().isCompatible(MediaType.valueOf(CSV)) ? importer.importCsv(body, headers.getLength())
                : importer.importNdjson(body, headers.getLength());
    }
}

package cn.shenyang.grassroots.volunteer.importing;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.volunteer.volunteer.Skill;
import cn.shenyang.grassroots.volunteer.volunteer.VolunteerStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Past service records from CSV, for jurisdictions moving from another system. */
@Path("/api/v1/service-records/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION})
public class ServiceRecordImportResource {
    public static final String CSV = "text/csv";
    /** Rows from which an import is large enough to give its memory back (about 20 MB of rows). */
    static final int LARGE_FILE = 50_000;

    @Inject
    ServiceRecordImporter records;

    @POST
    @Consumes(CSV)
    @Tag(name = "Service hours")
    @Operation(operationId = "importServiceRecords", summary = "Import past service records from CSV (all or nothing)",
            description = "UTF-8 with a header row: volunteerId or volunteerIdNumber, activityId or orgUnitId, startedAt, "
                    + "endedAt (ISO-8601 with zone), hours (steps of 0.5), description. Each row passes the rules of one "
                    + "record over HTTP, none may overlap another row or a stored record of the same volunteer; one bad "
                    + "row stores nothing. A row identical to a stored record is left as it is, so the file can be sent again.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = 536870912, description = "CSV, UTF-8, with a header row")))
    @APIResponse(responseCode = "200", description = "Every new row stored; hours and star levels recomputed",
            content = @Content(schema = @Schema(implementation = ImportReports.ServiceRecords.class)))
    @APIResponse(responseCode = "403", description = "The role may not import")
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations name every bad row and field")
    public ImportReports.ServiceRecords importServiceRecords(InputStream body) {
        ImportReports.ServiceRecords report = records.importCsv(body);
        if (report.imported() + report.alreadyPresent() >= LARGE_FILE) {
            // A large file's rows outlive many young collections and end in the old generation; the
            // serial collector gives that memory back only at a full collection, which the small
            // requests that follow an import seldom cause: one now, while the service is between jobs.
            System.gc();
        }
        return report;
    }
}

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

/** Volunteers from CSV, for integration scripts. */
@Path("/api/v1/volunteers/import")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION})
public class VolunteerImportResource {
    public static final String CSV = "text/csv";

    @Inject
    VolunteerImporter volunteers;

    @POST
    @Consumes(CSV)
    @Tag(name = "Volunteers")
    @Operation(operationId = "importVolunteers", summary = "Import volunteers from CSV (all or nothing)",
            description = "UTF-8 with a header row: name, gender, birthDate, phone, idNumber, homeCommunityId, partyMember "
                    + "(true/false), skills (';'-separated), status (default ACTIVE), registeredOn (default today); the "
                    + "export's extra columns are ignored. Every row passes the rules of a registration over HTTP; one bad "
                    + "row stores nothing and the 422 lists every bad row and field (rows[n].field, rows from 1). A row "
                    + "whose ID number is already registered under the same name is left as it is, so the file can be sent again.")
    @RequestBody(content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING,
            maxLength = 536870912, description = "CSV, UTF-8, with a header row")))
    @APIResponse(responseCode = "200", description = "Every new row stored",
            content = @Content(schema = @Schema(implementation = ImportReports.Volunteers.class)))
    @APIResponse(responseCode = "403", description = "The role may not import")
    @APIResponse(responseCode = "409", description = "Another request registered one of the people meanwhile; send the file again")
    @APIResponse(responseCode = "422", description = "Rejected; nothing stored; violations name every bad row and field")
    public ImportReports.Volunteers importVolunteers(InputStream body) {
        return volunteers.importCsv(body);
    }
}

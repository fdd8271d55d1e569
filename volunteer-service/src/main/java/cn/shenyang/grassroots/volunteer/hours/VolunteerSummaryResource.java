package cn.shenyang.grassroots.volunteer.hours;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/volunteers/{id}/service-summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service hours")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class VolunteerSummaryResource {
    @Inject
    ServiceRecordQueries queries;

    @GET
    @Operation(operationId = "getVolunteerServiceSummary", summary = "A volunteer's cumulative hours and star level",
            description = "Total hours (reversals subtract), the star level (1★ 100 h … 5★ 1,500 h, thresholds inclusive), "
                    + "the day each level was reached and the hours by year.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.Summary.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in your scope")
    public ServiceRecordView.Summary summary(@PathParam("id") UUID id) {
        return queries.summary(id);
    }
}

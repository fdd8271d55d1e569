package cn.shenyang.grassroots.orgstructure.changefeed;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/org-unit-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Org unit change feed", description = "Every org-unit write in commit order, for replicas in other services")
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class OrgUnitChangeResource {
    @Inject
    ChangeFeedReader reader;

    @Inject
    Caller caller;

    @GET
    @APIResponse(responseCode = "200", description = "The changes after the cursor, and the cursor to ask after next",
            content = @Content(schema = @Schema(implementation = OrgUnitChangeView.Batch.class)))
    @APIResponse(responseCode = "403", description = "The caller is scoped to a subtree")
    @Operation(operationId = "listOrgUnitChanges", summary = "Read the change feed after a cursor",
            description = "Changes come in commit order with strictly increasing cursors; a reader that has"
                    + " processed cursor N never later sees a change numbered N or less.")
    public OrgUnitChangeView.Batch list(
            @QueryParam("after") @DefaultValue("0") @Min(value = 0, message = "must be 0 or more") long after,
            @QueryParam("limit") @DefaultValue("500") @Min(value = 1, message = "must be at least 1")
            @Max(value = 5000, message = "must be at most 5000") int limit) {
        if (!caller.unrestricted()) {
            throw ProblemException.forbidden("The change feed covers the whole tree; only unscoped clients may read it");
        }
        return reader.after(after, limit);
    }
}

package cn.shenyang.grassroots.gateway.overview;

import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overview", description = "The article's figures for a subtree and one unit's profile, composed live from every service")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON, Roles.VIEWER})
public class OverviewResource {
    @Inject
    OverviewService overviews;
    @Inject
    ProfileService profiles;

    @GET
    @Path("/overview")
    @Operation(operationId = "getOverview", summary = "The article's figures for a subtree and year, from every service",
            description = "Asks every service at once with your token, so each applies your scope. Answers 200 within "
                    + "the slowest call's timeout with the sections it could get; a section a service could not give is "
                    + "null and listed in missing with the reason (DOWN, TIMEOUT, CIRCUIT_OPEN, BUSY, FORBIDDEN, "
                    + "NOT_FOUND, FAILED). Each figure's definition is the computing service's, repeated in the schema.")
    @APIResponse(responseCode = "200", description = "The figures, and what is missing",
            content = @Content(schema = @Schema(implementation = OrgUnitOverview.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A role that may not read")
    @APIResponse(responseCode = "404", description = "No such org unit in your scope")
    public Uni<OrgUnitOverview> overview(
            @Parameter(description = "The subtree root (required)", required = true) @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "The year, 1949 to this year (default this year, Asia/Shanghai)",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1949", maximum = "2200"))
            @QueryParam("year") Integer year,
            @Context HttpHeaders headers) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        return overviews.overview(bearer(headers), orgUnitId, year == null ? overviews.currentYear() : year);
    }

    @GET
    @Path("/profiles/{orgUnitId}")
    @Operation(operationId = "getProfile", summary = "One community or village across every service",
            description = "Its ancestors, party organisation and secretary, responsibility assignments, pairings, "
                    + "whistles, volunteer teams, compounds and grades, opinions, reserve cadres, income history, "
                    + "industries, cooperatives and rectification cases: the first page of each service's own list, "
                    + "asked at once with your token. A part a service could not give is null and listed in missing.")
    @APIResponse(responseCode = "200", description = "The profile, and what is missing",
            content = @Content(schema = @Schema(implementation = OrgUnitProfile.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A role that may not read")
    @APIResponse(responseCode = "404", description = "No such org unit in your scope")
    public Uni<OrgUnitProfile> profile(
            @Parameter(description = "The community or village") @PathParam("orgUnitId") UUID orgUnitId,
            @Context HttpHeaders headers) {
        return profiles.profile(bearer(headers), orgUnitId);
    }

    /** The caller's own token, passed on so that every service applies the caller's scope (not a parameter of the operation). */
    private static String bearer(HttpHeaders headers) {
        return headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    }
}

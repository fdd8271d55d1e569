package cn.shenyang.grassroots.cadre.deployment;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
import cn.shenyang.grassroots.platform.problem.ProblemException;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/duty-deployments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Duty deployments", description = "Emergency (\"wartime\") duty deployments of cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class DutyDeploymentResource {
    static final String PATH = "/api/v1/duty-deployments";

    @Inject
    DutyDeploymentService service;

    @Inject
    DutyDeploymentQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createDutyDeployment", summary = "Record a duty deployment")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = DutyDeploymentView.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull DutyDeploymentRequests.CreateDutyDeployment request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            DutyDeployment d = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, d.id, DutyDeploymentView.of(d), d.version);
        });
    }

    @GET
    @Operation(operationId = "listDutyDeployments", summary = "List duty deployments in your subtree")
    @APIResponse(responseCode = "200", description = "A page of deployments",
            content = @Content(schema = @Schema(implementation = DeploymentPage.class)))
    public Page<DutyDeploymentView> list(
            @Parameter(description = "Only deployments for units in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") DeploymentKind kind,
            @QueryParam("shift") Shift shift,
            @Parameter(description = "Only deployments running on this day") @QueryParam("activeOn") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new DutyDeploymentQueries.Filter(orgUnitId, kind, shift, activeOn), page)
                .map(DutyDeploymentView::of);
    }

    @GET
    @Path("/counts")
    @Operation(operationId = "countDutyDeployments", summary = "Deployments and headcount by kind under a subtree for a period")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = DutyDeploymentView.Counts.class)))
    public DutyDeploymentView.Counts counts(
            @Parameter(description = "The subtree (required)") @QueryParam("orgUnitId") UUID orgUnitId,
            @Parameter(description = "Period start (required)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Period end (required)") @QueryParam("to") LocalDate to) {
        if (orgUnitId == null) {
            throw ProblemException.invalid("orgUnitId", "is required");
        }
        if (from == null) {
            throw ProblemException.invalid("from", "is required");
        }
        if (to == null || to.isBefore(from)) {
            throw ProblemException.invalid("to", "is required and must not be before from");
        }
        return queries.counts(orgUnitId, from, to);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDutyDeployment", summary = "Read one duty deployment")
    @APIResponse(responseCode = "200", description = "The deployment", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DutyDeploymentView.class)))
    @APIResponse(responseCode = "404", description = "No such deployment in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(DutyDeploymentView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateDutyDeployment", summary = "Update or end a duty deployment")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = DutyDeploymentView.class)))
    @APIResponse(responseCode = "404", description = "No such deployment in your scope")
    @IfMatch(DutyDeploymentService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull DutyDeploymentRequests.UpdateDutyDeployment request) {
        return Versions.ok(DutyDeploymentView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "DutyDeploymentPage")
    public record DeploymentPage(List<DutyDeploymentView> items, int page, int size, long totalItems) {}
}

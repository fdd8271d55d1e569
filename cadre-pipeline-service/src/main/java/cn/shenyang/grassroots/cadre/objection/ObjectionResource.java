package cn.shenyang.grassroots.cadre.objection;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.paging.Page;
import cn.shenyang.grassroots.platform.paging.PageRequest;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reserve-cadres/{id}/objections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reserve cadres")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ObjectionResource {
    static final String PATH = "/api/v1/reserve-cadres/%s/objections";

    @Inject
    ObjectionService service;

    @Inject
    ObjectionQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "fileReserveCadreObjection", summary = "Record an objection filed during the publicity window")
    @APIResponse(responseCode = "201", description = "Filed; the candidate is held until it is settled",
            headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    @APIResponse(responseCode = "409", description = "The cadre is not under publicity, or the window is closed")
    public Response file(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ObjectionRequests.FileObjection request, @Context UriInfo uri) {
        String path = PATH.formatted(id);
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            Objection o = service.file(id, request);
            return IdempotentCreates.Created.at(uri, path, o.id, ObjectionView.of(o), o.version);
        });
    }

    @GET
    @Operation(operationId = "listReserveCadreObjections", summary = "Objections filed against a candidate")
    @APIResponse(responseCode = "200", description = "A page of objections",
            content = @Content(schema = @Schema(implementation = ObjectionPage.class)))
    @APIResponse(responseCode = "404", description = "No such cadre in your scope")
    public Page<ObjectionView> list(@PathParam("id") UUID id, @QueryParam("status") ObjectionStatus status,
            @Valid @BeanParam PageRequest page) {
        return queries.list(id, status, page).map(ObjectionView::of);
    }

    @GET
    @Path("/{objectionId}")
    @Operation(operationId = "getReserveCadreObjection", summary = "Read one objection")
    @APIResponse(responseCode = "200", description = "The objection", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre or objection in your scope")
    public Response get(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId) {
        return Versions.ok(ObjectionView.of(service.require(id, objectionId)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{objectionId}/settle")
    @Operation(operationId = "settleReserveCadreObjection", summary = "Settle an objection as UPHELD or DISMISSED")
    @APIResponse(responseCode = "200", description = "Settled", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = ObjectionView.class)))
    @APIResponse(responseCode = "404", description = "No such cadre or objection in your scope")
    @APIResponse(responseCode = "409", description = "Already settled")
    @IfMatch(value = ObjectionService.class, pathParam = "objectionId")
    public Response settle(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ObjectionRequests.SettleObjection request) {
        return Versions.ok(ObjectionView.of(service.settle(id, objectionId, ifMatch, request)));
    }

    @Schema(name = "PublicityObjectionPage")
    public record ObjectionPage(List<ObjectionView> items, int page, int size, long totalItems) {}
}

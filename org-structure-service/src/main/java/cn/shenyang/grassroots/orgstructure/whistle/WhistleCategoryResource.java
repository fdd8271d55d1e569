package cn.shenyang.grassroots.orgstructure.whistle;

import cn.shenyang.grassroots.platform.http.IfMatch;
import cn.shenyang.grassroots.platform.http.Versions;
import cn.shenyang.grassroots.platform.idempotency.IdempotentCreates;
import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/whistle-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Whistle categories", description = "Kinds of whistle and their check-in and resolution deadlines per urgency")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON})
public class WhistleCategoryResource {
    @Inject
    WhistleCategoryService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed(Roles.ADMIN)
    @POST
    @Operation(operationId = "createWhistleCategory", summary = "Create a whistle category")
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = WhistleCategoryView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull WhistleCategoryRequests.SaveWhistleCategory request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST /api/v1/whistle-categories", request, () -> {
            WhistleCategory c = service.create(request);
            return IdempotentCreates.Created.at(uri, "api/v1/whistle-categories", c.id, WhistleCategoryView.of(c), c.version);
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWhistleCategory", summary = "Read one whistle category")
    @APIResponse(responseCode = "200", description = "The category", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WhistleCategoryView.class)))
    @APIResponse(responseCode = "404", description = "No such category")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(WhistleCategoryView.of(service.require(id)));
    }

    @RolesAllowed(Roles.ADMIN)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateWhistleCategory", summary = "Replace a category's name, description and deadlines",
            description = "New deadlines apply to dispatches from now on; deadlines already set stay as they were.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = WhistleCategoryView.class)))
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "The name is taken")
    @IfMatch(WhistleCategoryService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull WhistleCategoryRequests.SaveWhistleCategory request) {
        return Versions.ok(WhistleCategoryView.of(service.update(id, ifMatch, request)));
    }

    @GET
    @Operation(operationId = "listWhistleCategories", summary = "Every whistle category, by name")
    @APIResponse(responseCode = "200", description = "The categories",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WhistleCategoryView.class)))
    public List<WhistleCategoryView> list() {
        return service.all().stream().map(WhistleCategoryView::of).toList();
    }
}

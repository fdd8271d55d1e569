package cn.shenyang.grassroots.volunteer.representative;

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
import jakarta.validation.constraints.Size;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/representatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Representatives", description = "\"Two representatives, one member\" (两代表一委员): deputies, studios, open days and opinions")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class RepresentativeResource {
    static final String PATH = "/api/v1/representatives";

    @Inject
    RepresentativeService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createRepresentative", summary = "Register a deputy or CPPCC member",
            description = "Linked to a unit of your subtree and, if given, a studio there; the phone is personal data.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The representative"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = RepresentativeView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull RepresentativeRequests.Save request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Representative r = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, r.id, RepresentativeView.of(r, caller.mayReadPersonalData()), r.version);
        });
    }

    @GET
    @Operation(operationId = "listRepresentatives", summary = "Representatives linked to units in your subtree",
            description = "Representatives linked to units in your subtree; phones masked unless your role may read personal data.")
    @APIResponse(responseCode = "200", description = "A page of representatives",
            content = @Content(schema = @Schema(implementation = RepresentativePage.class)))
    public Page<RepresentativeView> list(@QueryParam("orgUnitId") UUID orgUnitId, @QueryParam("body") RepresentativeBody body,
            @QueryParam("studioId") UUID studioId,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q,
            @Parameter(description = "name (default), termStartsOn, createdAt; '-' prefix for descending")
            @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return service.list(orgUnitId, body, studioId, q, sort, page).map(r -> RepresentativeView.of(r, personal));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRepresentative", summary = "Read one representative",
            description = "A representative linked to a unit of your subtree; the phone is masked unless your role may read personal data.")
    @APIResponse(responseCode = "200", description = "The representative", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = RepresentativeView.class)))
    @APIResponse(responseCode = "404", description = "No such representative in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(RepresentativeView.of(service.require(id), caller.mayReadPersonalData()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(RepresentativeService.class)
    @Operation(operationId = "updateRepresentative", summary = "Replace a representative's details, studio and term",
            description = "Send If-Match with the ETag you read. CPPCC members have no TOWNSHIP level; the term ends after it starts.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = RepresentativeView.class)))
    @APIResponse(responseCode = "404", description = "No such representative in your scope")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull RepresentativeRequests.Save request) {
        return Versions.ok(RepresentativeView.of(service.update(id, ifMatch, request), caller.mayReadPersonalData()));
    }

    @Schema(name = "RepresentativePage")
    public record RepresentativePage(@Schema(required = true, maxItems = 200) List<RepresentativeView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

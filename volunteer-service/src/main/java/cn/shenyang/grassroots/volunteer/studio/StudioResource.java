package cn.shenyang.grassroots.volunteer.studio;

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

@Path("/api/v1/representative-studios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Representatives")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class StudioResource {
    static final String PATH = "/api/v1/representative-studios";

    @Inject
    StudioService service;

    @Inject
    StudioLookup studios;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createRepresentativeStudio", summary = "Open a representatives' studio",
            description = "A studio of a unit in your subtree, opened on openedOn (default today, never in the future).")
    @APIResponse(responseCode = "201", description = "Opened",
            headers = {@Header(name = "Location", description = "The studio"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = StudioView.class)))
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull StudioRequests.Save request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            RepresentativeStudio s = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, s.id, StudioView.of(s), s.version);
        });
    }

    @GET
    @Operation(operationId = "listRepresentativeStudios", summary = "Studios in your subtree",
            description = "Studios of units in your subtree (or orgUnitId's), by name.")
    @APIResponse(responseCode = "200", description = "A page of studios",
            content = @Content(schema = @Schema(implementation = StudioPage.class)))
    public Page<StudioView> list(@QueryParam("orgUnitId") UUID orgUnitId, @Valid @BeanParam PageRequest page) {
        return service.list(orgUnitId, page).map(StudioView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRepresentativeStudio", summary = "Read one studio",
            description = "A studio of a unit in your subtree.")
    @APIResponse(responseCode = "200", description = "The studio", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = StudioView.class)))
    @APIResponse(responseCode = "404", description = "No such studio in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(StudioView.of(studios.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(StudioLookup.class)
    @Operation(operationId = "updateRepresentativeStudio", summary = "Replace a studio's name, unit, address and opening day",
            description = "Send If-Match with the ETag you read; a new unit must lie in your subtree.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = StudioView.class)))
    @APIResponse(responseCode = "404", description = "No such studio in your scope")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StudioRequests.Save request) {
        return Versions.ok(StudioView.of(service.update(id, ifMatch, request)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/open-days")
    @Operation(operationId = "createStudioOpenDay", summary = "Record an open day the studio held",
            description = "heldOn defaults to today, never in the future or before the studio opened.")
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "The open day"),
            content = @Content(schema = @Schema(implementation = StudioView.OpenDayView.class)))
    @APIResponse(responseCode = "404", description = "No such studio in your scope")
    public Response holdOpenDay(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull StudioRequests.OpenDay request, @Context UriInfo uri) {
        String path = PATH + "/" + id + "/open-days";
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            StudioView.OpenDayView d = service.holdOpenDay(id, request);
            return new IdempotentCreates.Created<>(uri.getBaseUriBuilder().path(path).path(d.id().toString()).build(), d, null);
        });
    }

    @GET
    @Path("/{id}/open-days")
    @Operation(operationId = "listStudioOpenDays", summary = "A studio's open days, newest first",
            description = "Open days as held, with the representatives who received visitors and how many came.")
    @APIResponse(responseCode = "200", description = "A page of open days",
            content = @Content(schema = @Schema(implementation = OpenDayPage.class)))
    @APIResponse(responseCode = "404", description = "No such studio in your scope")
    public Page<StudioView.OpenDayView> openDays(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.openDays(id, page);
    }

    @GET
    @Path("/{id}/open-days/{openDayId}")
    @Operation(operationId = "getStudioOpenDay", summary = "Read one open day",
            description = "One open day with the representatives who received visitors.")
    @APIResponse(responseCode = "200", description = "The open day",
            content = @Content(schema = @Schema(implementation = StudioView.OpenDayView.class)))
    @APIResponse(responseCode = "404", description = "No such studio or open day in your scope")
    public StudioView.OpenDayView openDay(@PathParam("id") UUID id, @PathParam("openDayId") UUID openDayId) {
        return service.openDay(id, openDayId);
    }

    @Schema(name = "RepresentativeStudioPage")
    public record StudioPage(@Schema(required = true, maxItems = 200) List<StudioView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}

    @Schema(name = "StudioOpenDayPage")
    public record OpenDayPage(@Schema(required = true, maxItems = 200) List<StudioView.OpenDayView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

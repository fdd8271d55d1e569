package cn.shenyang.grassroots.cadre.publicity;

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

@Path("/api/v1/publicity-notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publicity notices", description = "The \"three publicities\": procedure, candidates and results")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class PublicityNoticeResource {
    static final String PATH = "/api/v1/publicity-notices";

    @Inject
    PublicityNoticeService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @Inject
    PublicityNoticeQueries queries;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createPublicityNotice", summary = "Publish a procedure, candidates or results notice")
    @APIResponse(responseCode = "201", description = "Published", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = PublicityNoticeView.class)))
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull PublicityNoticeRequests.CreatePublicityNotice request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            PublicityNotice n = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, n.id, PublicityNoticeView.of(n), n.version);
        });
    }

    @GET
    @Operation(operationId = "listPublicityNotices", summary = "List publicity notices in your subtree, latest first")
    @APIResponse(responseCode = "200", description = "A page of notices",
            content = @Content(schema = @Schema(implementation = NoticePage.class)))
    public Page<PublicityNoticeView> list(
            @Parameter(description = "Only notices of units in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") NoticeKind kind,
            @QueryParam("year") Integer year,
            @Parameter(description = "Only notices on display on this day (YYYY-MM-DD)") @QueryParam("onDisplay") LocalDate onDisplay,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new PublicityNoticeQueries.Filter(orgUnitId, kind, year, onDisplay), page)
                .map(PublicityNoticeView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPublicityNotice", summary = "Read one publicity notice")
    @APIResponse(responseCode = "200", description = "The notice", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PublicityNoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(PublicityNoticeView.of(service.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @Operation(operationId = "updatePublicityNotice", summary = "Correct a publicity notice")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = PublicityNoticeView.class)))
    @APIResponse(responseCode = "404", description = "No such notice in your scope")
    @IfMatch(PublicityNoticeService.class)
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull PublicityNoticeRequests.UpdatePublicityNotice request) {
        return Versions.ok(PublicityNoticeView.of(service.update(id, ifMatch, request)));
    }

    @Schema(name = "PublicityNoticePage")
    public record NoticePage(List<PublicityNoticeView> items, int page, int size, long totalItems) {}
}

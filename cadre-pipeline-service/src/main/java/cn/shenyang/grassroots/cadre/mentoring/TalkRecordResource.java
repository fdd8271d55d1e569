package cn.shenyang.grassroots.cadre.mentoring;

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

@Path("/api/v1/talk-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mentoring")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class TalkRecordResource {
    static final String PATH = "/api/v1/talk-records";

    @Inject
    MentoringService service;

    @Inject
    MentoringQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createTalkRecord", summary = "Record a heart-to-heart talk by a mentor or the township Party secretary")
    @APIResponse(responseCode = "201", description = "Recorded", headers = {@Header(name = "Location"), @Header(name = "ETag")},
            content = @Content(schema = @Schema(implementation = MentoringView.TalkView.class)))
    @APIResponse(responseCode = "409", description = "The cadre is not in the pool")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull MentoringRequests.CreateTalkRecord request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            TalkRecord t = service.recordTalk(request);
            return IdempotentCreates.Created.at(uri, PATH, t.id, MentoringView.TalkView.of(t), t.version);
        });
    }

    @GET
    @Operation(operationId = "listTalkRecords", summary = "List talk records in your subtree, latest first")
    @APIResponse(responseCode = "200", description = "A page of talks",
            content = @Content(schema = @Schema(implementation = TalkPage.class)))
    public Page<MentoringView.TalkView> list(
            @QueryParam("cadreId") UUID cadreId,
            @QueryParam("mentorshipId") UUID mentorshipId,
            @Parameter(description = "Only cadres of villages in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("talkerRole") TalkerRole talkerRole,
            @Parameter(description = "Held on or after (YYYY-MM-DD)") @QueryParam("from") LocalDate from,
            @Parameter(description = "Held on or before (YYYY-MM-DD)") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return queries.talks(new MentoringQueries.TalkFilter(cadreId, mentorshipId, orgUnitId, talkerRole, from, to), page)
                .map(MentoringView.TalkView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTalkRecord", summary = "Read one talk record")
    @APIResponse(responseCode = "200", description = "The talk", headers = @Header(name = "ETag"),
            content = @Content(schema = @Schema(implementation = MentoringView.TalkView.class)))
    @APIResponse(responseCode = "404", description = "No such talk in your scope")
    public Response get(@PathParam("id") UUID id) {
        TalkRecord t = service.requireTalk(id);
        return Response.ok(MentoringView.TalkView.of(t)).header(HttpHeaders.ETAG, Versions.etag(t.version)).build();
    }

    @Schema(name = "TalkRecordPage")
    public record TalkPage(List<MentoringView.TalkView> items, int page, int size, long totalItems) {}
}

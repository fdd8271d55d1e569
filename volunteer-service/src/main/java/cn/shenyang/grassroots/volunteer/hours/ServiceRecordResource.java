package cn.shenyang.grassroots.volunteer.hours;

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

@Path("/api/v1/service-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service hours", description = "The service-hour ledger: records, corrections, cumulative hours and star levels")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class ServiceRecordResource {
    static final String PATH = "/api/v1/service-records";

    @Inject
    ServiceRecordService service;

    @Inject
    ServiceRecordQueries queries;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createServiceRecord", summary = "Record hours a volunteer served",
            description = "Actual service time in steps of 0.5 h (travel excluded), never in the future, never before the "
                    + "volunteer registered, and never overlapping another record of the same volunteer (409). At an "
                    + "activity, the volunteer must have checked in.")
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "The record (records never change, so they carry no ETag)"),
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    @APIResponse(responseCode = "409", description = "Overlaps another record, no check-in, or cancelled activity")
    public Response create(@Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ServiceRecordRequests.CreateRecord request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            ServiceRecord r = service.record(request);
            return created(uri, r.id, queries.view(r));
        });
    }

    @GET
    @Operation(operationId = "listServiceRecords", summary = "List ledger rows of volunteers in your subtree",
            description = "In the order the services happened. effective=true leaves out reversals and the records they reversed.")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(schema = @Schema(implementation = ServiceRecordPage.class)))
    public Page<ServiceRecordView> list(@QueryParam("volunteerId") UUID volunteerId, @QueryParam("activityId") UUID activityId,
            @Parameter(description = "Only volunteers living in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("kind") ServiceRecordKind kind,
            @Parameter(description = "true: only rows that count as served; false: only reversals and reversed rows")
            @QueryParam("effective") Boolean effective,
            @Parameter(description = "Served on or after this day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Served on or before this day") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return queries.list(new ServiceRecordQueries.Filter(volunteerId, activityId, orgUnitId, kind, effective, from, to), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getServiceRecord", summary = "Read one ledger row",
            description = "One ledger row of a volunteer in your scope: effective=false once reversed; reversedBy names the reversal.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(schema = @Schema(implementation = ServiceRecordView.class)))
    @APIResponse(responseCode = "404", description = "No such record of a volunteer in your scope")
    public ServiceRecordView get(@PathParam("id") UUID id) {
        return queries.view(id);
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{id}/corrections")
    @Operation(operationId = "createServiceRecordCorrection", summary = "Reverse or amend a record (adds rows, never edits)",
            description = "REVERSE adds a REVERSAL with the negated hours on the record's own dates; AMEND adds the REVERSAL "
                    + "and an AMENDMENT with the corrected values, which must not overlap the volunteer's other records. A "
                    + "record is corrected once: a later correction corrects its amendment.")
    @APIResponse(responseCode = "201", description = "Corrected",
            headers = @Header(name = "Location", description = "The amendment (AMEND) or the reversal (REVERSE)"),
            content = @Content(schema = @Schema(implementation = ServiceRecordView.Correction.class)))
    @APIResponse(responseCode = "404", description = "No such record of a volunteer in your scope")
    @APIResponse(responseCode = "409", description = "Already corrected, a reversal, or the amendment overlaps")
    public Response correct(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull ServiceRecordRequests.Correct request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH + "/" + id + "/corrections", request, () -> {
            List<ServiceRecord> rows = service.correct(id, request);
            ServiceRecordView reversal = queries.view(rows.get(0));
            ServiceRecordView amendment = rows.size() > 1 ? queries.view(rows.get(1)) : null;
            UUID newest = amendment == null ? reversal.id() : amendment.id();
            return created(uri, newest, new ServiceRecordView.Correction(reversal, amendment));
        });
    }

    /** Records are never changed, so a create answers no ETag to send back. */
    private static <V> IdempotentCreates.Created<V> created(UriInfo uri, UUID id, V body) {
        return new IdempotentCreates.Created<>(uri.getBaseUriBuilder().path(PATH).path(id.toString()).build(), body, null);
    }

    @Schema(name = "ServiceRecordPage")
    public record ServiceRecordPage(@Schema(required = true, maxItems = 200) List<ServiceRecordView> items,
            @Schema(required = true) int page, @Schema(required = true) int size, @Schema(required = true) long totalItems) {}
}

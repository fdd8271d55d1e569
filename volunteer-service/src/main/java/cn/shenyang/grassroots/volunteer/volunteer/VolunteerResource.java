package cn.shenyang.grassroots.volunteer.volunteer;

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

@Path("/api/v1/volunteers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteers", description = "Real-name volunteers (志愿者实名注册)")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class VolunteerResource {
    static final String PATH = "/api/v1/volunteers";

    @Inject
    VolunteerService service;

    @Inject
    VolunteerQueries queries;

    @Inject
    VolunteerLookup volunteers;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "createVolunteer", summary = "Register a volunteer",
            description = "Real-name registration in a home community of your subtree. The ID number must carry a valid "
                    + "GB 11643 check character and agree with birthDate and gender; it is unique (409 when the person is "
                    + "already registered).")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "The new volunteer"),
                    @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "409", description = "A volunteer with this ID number is already registered")
    public Response create(
            @Parameter(description = "Makes retries safe: the same key and body replay the first response")
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull VolunteerRequests.CreateVolunteer request, @Context UriInfo uri) {
        return idempotent.create(idempotencyKey, caller.name() + " POST " + PATH, request, () -> {
            Volunteer v = service.create(request);
            return IdempotentCreates.Created.at(uri, PATH, v.id, view(v), v.version);
        });
    }

    @GET
    @Operation(operationId = "listVolunteers", summary = "List volunteers in your subtree",
            description = "Filters combine with AND; orgUnitId limits to volunteers whose home community lies in that unit's subtree.")
    @APIResponse(responseCode = "200", description = "A page of volunteers",
            content = @Content(schema = @Schema(implementation = VolunteerPage.class)))
    public Page<VolunteerView> list(
            @Parameter(description = "Only volunteers living in this unit's subtree") @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("status") VolunteerStatus status,
            @QueryParam("partyMember") Boolean partyMember,
            @Parameter(description = "Only volunteers with this skill") @QueryParam("skill") Skill skill,
            @Parameter(description = "Name contains (case-insensitive)") @Size(max = 100) @QueryParam("q") String q,
            @Parameter(description = "name (default), registeredOn, createdAt, updatedAt; '-' prefix for descending")
            @Size(max = 40) @QueryParam("sort") String sort,
            @Valid @BeanParam PageRequest page) {
        boolean personal = caller.mayReadPersonalData();
        return queries.list(new VolunteerQueries.Filter(orgUnitId, status, partyMember, skill, q), sort, page)
                .map(v -> VolunteerView.of(v, personal));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVolunteer", summary = "Read one volunteer",
            description = "A volunteer whose home community lies in your subtree; phone and ID number are masked unless your role may read personal data.")
    @APIResponse(responseCode = "200", description = "The volunteer", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in your scope")
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(view(volunteers.require(id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @PUT
    @Path("/{id}")
    @IfMatch(VolunteerLookup.class)
    @Operation(operationId = "updateVolunteer", summary = "Replace a volunteer's details and status",
            description = "Send If-Match with the ETag you read. Status INACTIVE takes the volunteer off the counts and "
                    + "out of new sign-ups and memberships; their service history stays.")
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = VolunteerView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in your scope")
    @APIResponse(responseCode = "409", description = "The ID number belongs to another registered volunteer")
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull VolunteerRequests.UpdateVolunteer request) {
        return Versions.ok(view(service.update(id, ifMatch, request)));
    }

    private VolunteerView view(Volunteer v) {
        return VolunteerView.of(v, caller.mayReadPersonalData());
    }

    @Schema(name = "VolunteerPage")
    public record VolunteerPage(@Schema(required = true, maxItems = 200) List<VolunteerView> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems) {}
}

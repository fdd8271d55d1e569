package cn.shenyang.grassroots.volunteer.certificate;

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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/volunteers/{id}/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service certificates", description = "Numbered certificates of service hours that anyone can verify")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.VIEWER, Roles.INTEGRATION})
public class CertificateResource {
    @Inject
    CertificateService service;

    @Inject
    IdempotentCreates idempotent;

    @Inject
    Caller caller;

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Operation(operationId = "issueServiceCertificate", summary = "Issue a numbered certificate of a volunteer's hours",
            description = "Certifies the hours served from periodFrom (default: the first record) to periodTo (default today) "
                    + "and the star level on periodTo, as the ledger has them now; the figures never change afterwards. The body may be {}.")
    @APIResponse(responseCode = "201", description = "Issued",
            headers = {@Header(name = "Location", description = "The certificate"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No such volunteer in your scope")
    public Response issue(@PathParam("id") UUID id,
            @Parameter(description = "Makes retries safe") @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @Valid @NotNull CertificateRequests.Issue request, @Context UriInfo uri) {
        String path = "/api/v1/volunteers/" + id + "/certificates";
        return idempotent.create(idempotencyKey, caller.name() + " POST " + path, request, () -> {
            ServiceCertificate c = service.issue(id, request);
            return IdempotentCreates.Created.at(uri, path, c.id, CertificateView.of(c), c.version);
        });
    }

    @GET
    @Operation(operationId = "listServiceCertificates", summary = "A volunteer's certificates, newest first",
            description = "Every certificate issued for the volunteer, valid or revoked.")
    @APIResponse(responseCode = "200", description = "The certificates",
            content = @Content(schema = @Schema(implementation = CertificateView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, maxItems = 10000)))
    @APIResponse(responseCode = "404", description = "No such volunteer in your scope")
    public List<CertificateView> list(@PathParam("id") UUID id) {
        return service.list(id).stream().map(CertificateView::of).toList();
    }

    @GET
    @Path("/{certificateId}")
    @Operation(operationId = "getServiceCertificate", summary = "Read one certificate",
            description = "A certificate of a volunteer in your scope, as issued (and revoked, if it was).")
    @APIResponse(responseCode = "200", description = "The certificate", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate of a volunteer in your scope")
    public Response get(@PathParam("id") UUID id, @PathParam("certificateId") UUID certificateId) {
        return Versions.ok(CertificateView.of(service.require(id, certificateId)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER})
    @POST
    @Path("/{certificateId}/revocation")
    @IfMatch(value = CertificateService.class, pathParam = "certificateId")
    @Operation(operationId = "createServiceCertificateRevocation", summary = "Revoke a certificate",
            description = "Verification then answers REVOKED with the day; the certified figures stay as issued.")
    @APIResponse(responseCode = "200", description = "Revoked", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate of a volunteer in your scope")
    @APIResponse(responseCode = "409", description = "Already revoked")
    public Response revoke(@PathParam("id") UUID id, @PathParam("certificateId") UUID certificateId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull CertificateRequests.Revoke request) {
        return Versions.ok(CertificateView.of(service.revoke(id, certificateId, ifMatch, request)));
    }
}

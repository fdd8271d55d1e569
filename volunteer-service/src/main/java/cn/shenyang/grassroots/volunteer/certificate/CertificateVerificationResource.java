package cn.shenyang.grassroots.volunteer.certificate;

import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Verification by number, for anyone signed in whom a volunteer shows the certificate to: any role,
 * no scope, nothing personal. (The gateway forwards only signed-in requests in any case.)
 */
@Path("/api/v1/service-certificates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Service certificates")
@RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.DEPARTMENT_LIAISON, Roles.VIEWER, Roles.INTEGRATION})
public class CertificateVerificationResource {
    @Inject
    CertificateService service;

    @GET
    @Path("/{number}")
    @Operation(operationId = "checkServiceCertificate", summary = "Verify a certificate by its number",
            description = "Open to any signed-in caller holding the number, whatever their role and scope: answers whether it is VALID or REVOKED, the certified hours, "
                    + "star level and period, the issuer and the holder's masked name; never an ID number or phone.")
    @APIResponse(responseCode = "200", description = "The certificate's figures",
            content = @Content(schema = @Schema(implementation = CertificateView.Verification.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number")
    public CertificateView.Verification verify(
            @Parameter(description = "The number printed on the certificate, e.g. VC2026-7K3M9Q2X4ZTBH",
                    schema = @Schema(maxLength = 24, pattern = "^VC\\d{4}-[0-9A-HJKMNP-TV-Y]{13}$"))
            @PathParam("number") String number) {
        return service.verify(number);
    }
}

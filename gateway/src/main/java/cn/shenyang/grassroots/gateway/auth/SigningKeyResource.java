package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.platform.security.Caller;
import cn.shenyang.grassroots.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth/signing-keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
public class SigningKeyResource {
    @Inject
    SigningKeys keys;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @GET
    @Operation(operationId = "listSigningKeys", summary = "The token signing keys, oldest first (public parts only)")
    @APIResponse(responseCode = "200", description = "Every key of the ring",
            content = @Content(schema = @Schema(implementation = SigningKeyView[].class)))
    @APIResponse(responseCode = "403", description = "Only an ADMIN manages signing keys")
    public List<SigningKeyView> list() {
        Instant now = clock.instant();
        String signing = keys.signing().kid();
        return keys.all().stream().map(k -> SigningKeyView.of(k, now, signing)).toList();
    }

    @POST
    @Operation(operationId = "createSigningKey", summary = "Rotate the signing key",
            description = "Adds a new key: it is in the JWKS at once and starts signing 6 minutes later (services "
                    + "refetch the JWKS every 5 minutes, so they know it before any token names it). The keys it "
                    + "replaces stay in the JWKS until the last token they signed has expired, then leave it. Every "
                    + "gateway instance picks the new key up within a minute. No body.")
    @APIResponse(responseCode = "201", description = "The new key, NEXT until it starts signing",
            content = @Content(schema = @Schema(implementation = SigningKeyView.class)))
    @APIResponse(responseCode = "403", description = "Only an ADMIN manages signing keys")
    public Response rotate() {
        return Response.status(Response.Status.CREATED)
                .entity(SigningKeyView.of(keys.rotate(caller.name()), clock.instant(), keys.signing().kid())).build();
    }

    /** Where a key is in its life. */
    @Schema(name = "SigningKeyStatus", description = "NEXT: published, not signing yet; SIGNING: signs new tokens; "
            + "RETIRING: replaced, published until its last token expires; RETIRED: no longer published")
    public enum SigningKeyStatus {
        NEXT, SIGNING, RETIRING, RETIRED
    }

    @Schema(name = "SigningKeyView", requiredProperties = {"kid", "status", "signsFrom", "createdAt", "createdBy"})
    public record SigningKeyView(
            @Schema(description = "The JWK's kid (RFC 7638 thumbprint)", maxLength = 100) String kid,
            SigningKeyStatus status,
            @Schema(description = "When it starts (or started) signing") Instant signsFrom,
            @Schema(description = "When it leaves the JWKS; absent while it is not replaced") Instant retiresAt,
            Instant createdAt,
            @Schema(maxLength = 100) String createdBy) {
        static SigningKeyView of(SigningKeys.Key k, Instant now, String signingKid) {
            SigningKeyStatus status = k.signsFrom().isAfter(now) ? SigningKeyStatus.NEXT
                    : k.kid().equals(signingKid) ? SigningKeyStatus.SIGNING
                    : k.retiresAt().isAfter(now) ? SigningKeyStatus.RETIRING : SigningKeyStatus.RETIRED;
            return new SigningKeyView(k.kid(), status, k.signsFrom(), k.retiresAt(), k.createdAt(), k.createdBy());
        }
    }
}

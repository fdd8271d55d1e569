package cn.shenyang.grassroots.gateway.auth;

import cn.shenyang.grassroots.gateway.problem.GatewayProblemMappers.OAuthProblem;
import cn.shenyang.grassroots.gateway.problem.OAuthException;
import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.security.Claims;
import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.strict.ControlCharacters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Access tokens (OAuth 2.0) and the key to verify them")
public class AuthResource {
    @Inject
    TokenService tokens;

    @Inject
    SigningKeys keys;

    @Inject
    JsonWebToken jwt;

    @POST
    @Path("/token")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "Get an access token (OAuth 2.0 token endpoint, RFC 6749)",
            description = "grant_type=password with username and password (the answer includes a refresh_token), "
                    + "grant_type=refresh_token with the last refresh_token (the answer includes its successor; the "
                    + "one used is spent, and presenting a spent one again ends the session), or "
                    + "grant_type=client_credentials with client_id and client_secret (in the form or as HTTP Basic; "
                    + "no refresh token). After a few failed sign-ins for an account from one address, or many from "
                    + "one address, further tries from that address must wait, 1 s doubling up to 15 min (429 with "
                    + "Retry-After); other addresses, such as the account's owner's, are not slowed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = TokenRequest.class)))
    @APIResponse(responseCode = "200", description = "A bearer token",
            content = @Content(schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "400", description = "A part is missing, too long or malformed (invalid_request), the "
            + "grant type is not supported (unsupported_grant_type), or the refresh token is unknown, expired, spent or "
            + "of an ended session (invalid_grant)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = OAuthProblem.class)))
    @APIResponse(responseCode = "401", description = "Wrong credentials (invalid_grant for a person, invalid_client for "
            + "a client; which part was wrong is not said)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = OAuthProblem.class)))
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins from this address; wait Retry-After seconds")
    @APIResponse(responseCode = "503", description = "The account's org unit is not known to the gateway yet")
    public Response token(
            @Parameter(description = "password or client_credentials") @FormParam("grant_type") String grantType,
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret,
            @FormParam("refresh_token") String refreshToken,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context HttpServerRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", grantType);
        form.put("username", username);
        form.put("password", password);
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        form.put("refresh_token", refreshToken);
        checkForm(form, TokenRequest.MAX_LENGTH);
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
        TokenService.IssuedToken issued;
        if ("password".equals(grantType)) {
            issued = tokens.password(username, password, address);
        } else if ("refresh_token".equals(grantType)) {
            issued = tokens.refresh(refreshToken);
        } else if ("client_credentials".equals(grantType)) {
            String[] basic = basicCredentials(authorization);
            if (basic != null && (clientId != null || clientSecret != null)) {
                throw OAuthException.invalidRequest("Send the client credentials either as HTTP Basic or in the form, not both");
            }
            issued = basic != null ? tokens.clientCredentials(basic[0], basic[1], address)
                    : tokens.clientCredentials(clientId, clientSecret, address);
        } else {
            throw OAuthException.unsupportedGrant(grantType);
        }
        return Response.ok(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn(), issued.refreshToken()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    @POST
    @Path("/revoke")
    @PermitAll
    @SecurityRequirements
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "revokeToken", summary = "Sign out: revoke a refresh or access token (RFC 7009)",
            description = "Ends the session the token belongs to: its refresh tokens stop working at once; access "
                    + "tokens already issued in it stay valid until they expire (at most the access-token lifetime, "
                    + "15 minutes). Holding the token is the proof: no other credentials are needed. As RFC 7009 "
                    + "§2.2 requires, an unknown, expired or already revoked token is answered 200 too.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = RevocationRequest.class)))
    @APIResponse(responseCode = "200", description = "The token no longer refreshes (or never did)")
    @APIResponse(responseCode = "400", description = "token is missing, too long or malformed (invalid_request), or "
            + "token_type_hint is neither refresh_token nor access_token (unsupported_token_type)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = OAuthProblem.class)))
    public Response revoke(@FormParam("token") String token, @FormParam("token_type_hint") String hint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        form.put("token_type_hint", hint);
        checkForm(form, RevocationRequest.MAX_LENGTH);
        if (token == null || token.isBlank()) {
            throw OAuthException.invalidRequest("token is required");
        }
        if (hint != null && !hint.equals("refresh_token") && !hint.equals("access_token")) {
            throw OAuthException.unsupportedTokenType(hint);
        }
        tokens.revoke(token);
        return Response.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("/sessions")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.DEPARTMENT_LIAISON, Roles.VIEWER})
    @Operation(operationId = "revokeOwnSessions", summary = "Sign out everywhere: end every session of your account",
            description = "Every refresh token of your account stops working at once, on every device; access tokens "
                    + "already issued expire within their lifetime (15 minutes). Administrators end another account's "
                    + "sessions with DELETE /api/v1/accounts/{id}/sessions.")
    @APIResponse(responseCode = "204", description = "Every session ended")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public Response revokeOwnSessions() {
        tokens.revokeAll(jwt.getSubject());
        return Response.noContent().build();
    }

    @GET
    @Path("/jwks")
    @PermitAll
    @SecurityRequirements
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJwks", summary = "The public keys that verify access tokens (JWK Set, RFC 7517)",
            description = "The key that signs now, a rotated-in key from a few minutes before it starts signing, and "
                    + "a rotated-out key until the last token it signed has expired. Pick the key by the token's kid.")
    @APIResponse(responseCode = "200", description = "The key set",
            content = @Content(schema = @Schema(implementation = JwkSet.class)))
    public Response jwks() {
        // Services cache it; a short max-age lets a rotated key reach them soon.
        return Response.ok(new JwkSet(keys.jwks())).header(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .build();
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.ADMIN, Roles.ORG_MANAGER, Roles.INTEGRATION, Roles.DEPARTMENT_LIAISON, Roles.VIEWER})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCurrentCaller", summary = "Who the bearer token says you are, and your scope")
    @APIResponse(responseCode = "200", description = "The token's subject, roles and scope",
            content = @Content(schema = @Schema(implementation = CurrentCaller.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    public CurrentCaller me() {
        List<String> roles = Roles.BY_RANK.stream().filter(r -> jwt.getGroups().contains(r)).toList();
        return new CurrentCaller(jwt.getSubject(), roles, jwt.getClaim(Claims.ORG_UNIT_ID),
                jwt.getClaim(Claims.ORG_PATH), Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    /** Refuses control characters and over-long parts before anything else reads the form. */
    private static void checkForm(Map<String, String> form, Map<String, Integer> maxLength) {
        form.forEach((field, value) -> {
            if (ControlCharacters.present(value)) {
                throw OAuthException.invalidRequest(field + " " + ControlCharacters.MESSAGE);
            }
            if (value != null && value.length() > maxLength.get(field)) {
                throw OAuthException.invalidRequest(field + " is longer than " + maxLength.get(field) + " characters");
            }
        });
    }

    /** client_id:client_secret from HTTP Basic, each form-urlencoded as RFC 6749 §2.3.1 requires; null without Basic. */
    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("The Basic credentials are not valid base64");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw OAuthException.invalidRequest("The Basic credentials must be client_id:client_secret");
        }
        return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
    }

    /** The token endpoint's form (RFC 6749 §4.3.2, §4.4.2); the limits are those of accounts and clients. */
    @Schema(name = "TokenRequest", requiredProperties = "grant_type")
    public record TokenRequest(
            @com.fasterxml.jackson.annotation.JsonProperty("grant_type") GrantType grantType,
            @Schema(description = "grant_type=password: the account's user name", maxLength = 100) String username,
            @Schema(description = "grant_type=password: the account's password", maxLength = 200, format = "password")
            String password,
            @com.fasterxml.jackson.annotation.JsonProperty("client_id")
            @Schema(description = "grant_type=client_credentials, unless sent as HTTP Basic", maxLength = 100)
            String clientId,
            @com.fasterxml.jackson.annotation.JsonProperty("client_secret")
            @Schema(description = "grant_type=client_credentials, unless sent as HTTP Basic", maxLength = 200,
                    format = "password")
            String clientSecret,
            @com.fasterxml.jackson.annotation.JsonProperty("refresh_token")
            @Schema(description = "grant_type=refresh_token: the last refresh token this session was given",
                    maxLength = 100, format = "password")
            String refreshToken) {
        static final Map<String, Integer> MAX_LENGTH = Map.of("grant_type", 100, "username", 100, "password", 200,
                "client_id", 100, "client_secret", 200, "refresh_token", 100);
    }

    /** The revocation endpoint's form (RFC 7009 §2.1). */
    @Schema(name = "RevocationRequest", requiredProperties = "token")
    public record RevocationRequest(
            @Schema(description = "A refresh token or an access token of the session to end", maxLength = 4096,
                    format = "password") String token,
            @com.fasterxml.jackson.annotation.JsonProperty("token_type_hint")
            @Schema(description = "Which kind token is, if known", enumeration = {"refresh_token", "access_token"},
                    maxLength = 20) String tokenTypeHint) {
        static final Map<String, Integer> MAX_LENGTH = Map.of("token", 4096, "token_type_hint", 20);
    }

    /** The grants the token endpoint issues tokens for. */
    @Schema(name = "GrantType", description = "password: a person signs in; refresh_token: their app stays signed in; "
            + "client_credentials: a script signs in")
    public enum GrantType {
        password,
        refresh_token,
        client_credentials
    }

    /** RFC 6749 §5.1 successful response. */
    @Schema(name = "TokenResponse", requiredProperties = {"access_token", "token_type", "expires_in"})
    public record TokenResponse(
            @com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
            @com.fasterxml.jackson.annotation.JsonProperty("token_type") @Schema(enumeration = "Bearer") String tokenType,
            @com.fasterxml.jackson.annotation.JsonProperty("expires_in") @Schema(description = "Seconds until it expires")
            long expiresIn,
            @com.fasterxml.jackson.annotation.JsonProperty("refresh_token")
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            @Schema(description = "After a password or refresh_token grant: use it once, for the next access token "
                    + "(valid 30 days); absent for client_credentials", maxLength = 100)
            String refreshToken) {}

    @Schema(name = "JwkSet", requiredProperties = "keys")
    public record JwkSet(List<Map<String, String>> keys) {}

    @Schema(name = "CurrentCaller", requiredProperties = {"subject", "roles", "expiresAt"})
    public record CurrentCaller(String subject, List<String> roles, String orgUnitId,
            @Schema(description = "Absent: the whole tree") String orgPath, Instant expiresAt) {}
}

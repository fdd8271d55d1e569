package cn.shenyang.grassroots.gateway.problem;

import cn.shenyang.grassroots.platform.problem.Problem;
import cn.shenyang.grassroots.platform.problem.ProblemMappers;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The gateway's own problems: platform's mapper has no Retry-After header and no OAuth error code. */
public class GatewayProblemMappers {

    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, UriInfo uri) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, RetryLaterException.seconds(e.retryAfter()))
                .entity(new Problem(ProblemMappers.TYPE_PREFIX + e.type(), e.title(), 429, e.getMessage(),
                        uri.getRequestUri().getRawPath(), null))
                .build();
    }

    @ServerExceptionMapper
    public Response oauth(OAuthException e, UriInfo uri) {
        Response.ResponseBuilder r = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new OAuthProblem(ProblemMappers.TYPE_PREFIX + e.type(), e.title(), e.status(), e.getMessage(),
                        uri.getRequestUri().getRawPath(), e.error()));
        // RFC 6749 §5.2 wants a challenge for a refused client; never for a refused password, or a
        // browser would pop up its own login dialog over the frontend's
        if (e.status() == 401 && "invalid_client".equals(e.error())) {
            r.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"grassroots\"");
        }
        return r.build();
    }

    /** A problem that also speaks RFC 6749: {@code error} is its error code. */
    @Schema(name = "OAuthProblem", description = "RFC 9457 problem details with the RFC 6749 error code")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OAuthProblem(String type, String title, int status, String detail, String instance,
            @Schema(description = "invalid_grant, invalid_client, invalid_request or unsupported_grant_type")
            String error) {}
}

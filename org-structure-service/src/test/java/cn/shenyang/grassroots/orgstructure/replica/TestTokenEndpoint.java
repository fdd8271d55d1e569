package cn.shenyang.grassroots.orgstructure.replica;

import cn.shenyang.grassroots.platform.security.Roles;
import cn.shenyang.grassroots.platform.testing.TestTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stands in for the gateway's token endpoint in tests: the replica fetches its feed token here. */
@Path("/test/token")
@PermitAll
public class TestTokenEndpoint {
    @POST
    @Operation(hidden = true)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId) {
        if (!"client_credentials".equals(grantType)) {
            throw new jakarta.ws.rs.BadRequestException();
        }
        return Map.of("access_token", TestTokens.token(clientId, Roles.INTEGRATION, null), "token_type", "Bearer",
                "expires_in", 600);
    }
}

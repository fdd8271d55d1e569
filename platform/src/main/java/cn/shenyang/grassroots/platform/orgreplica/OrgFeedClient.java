package cn.shenyang.grassroots.platform.orgreplica;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** The raw HTTP calls of the replica; only {@link OrgReplicaSync} uses it, with its timeout. */
@Produces(MediaType.APPLICATION_JSON)
public interface OrgFeedClient {
    @GET
    @Path("/api/v1/org-unit-changes")
    OrgUnitChange.Batch read(@QueryParam("after") long after, @QueryParam("limit") int limit,
            @HeaderParam("Authorization") String authorization);

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret);
}

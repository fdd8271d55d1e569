package cn.shenyang.grassroots.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** volunteer-service's reads that the views use; only {@link VolunteerClient} calls it. */
@RegisterRestClient(configKey = "volunteer")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface VolunteerApi {
    @GET
    @Path("/volunteer-stats")
    Uni<JsonNode> stats(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") int year);

    @GET
    @Path("/three-platforms-profiles/{orgUnitId}")
    Uni<JsonNode> profile(@HeaderParam("Authorization") String auth, @PathParam("orgUnitId") UUID orgUnitId);
}

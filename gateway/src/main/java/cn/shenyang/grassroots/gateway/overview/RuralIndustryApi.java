package cn.shenyang.grassroots.gateway.overview;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** rural-industry-service's reads that the views use; only {@link RuralIndustryClient} calls it. */
@RegisterRestClient(configKey = "rural-industry")
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface RuralIndustryApi {
    @GET
    @Path("/rural-industry-overview")
    Uni<JsonNode> overview(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("year") int year);

    @GET
    @Path("/collective-incomes")
    Uni<JsonNode> incomes(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("size") int size);

    @GET
    @Path("/village-industries")
    Uni<JsonNode> industries(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("size") int size);

    @GET
    @Path("/cooperatives")
    Uni<JsonNode> cooperatives(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("size") int size);

    @GET
    @Path("/rectifications")
    Uni<JsonNode> rectifications(@HeaderParam("Authorization") String auth, @QueryParam("orgUnitId") UUID orgUnitId,
            @QueryParam("size") int size);
}

package cn.shenyang.grassroots.orgstructure.open311;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A read-only Open311 GeoReport v2 view of whistles, public like a city's 311 feed, so existing
 * civic-issue clients read it unchanged: the XML forms ({@code .xml}, the format the specification
 * requires), the JSON forms ({@code .json}) and, as JSON like the rest of this API, the forms without a suffix.
 */
@Path("/api/v1/open311")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311", description = "Whistles as an Open311 GeoReport v2 feed (read-only, public, no personal data)")
@PermitAll
@SecurityRequirements
public class Open311Resource {
    private static final String JURISDICTION = "Accepted as the specification allows; this server serves one jurisdiction";
    private static final String REQUESTS = "Service requests (whistles), newest first, at most 1000; without dates or "
            + "ids, those requested in the last 90 days (the specification's default).";

    private static final String XML = "A GeoReport v2 XML document, UTF-8 with the XML declaration";

    @Inject
    Open311Queries queries;

    @GET
    @Path("/services.xml")
    @Produces(Open311Xml.MEDIA_TYPE)
    @Operation(operationId = "listOpen311ServicesInXml", summary = "Service list (whistle categories) in XML",
            description = "<services><service>… with the fields of services.json.")
    @APIResponse(responseCode = "200", description = "Services",
            content = @Content(mediaType = "text/xml", schema = @Schema(type = SchemaType.STRING, description = XML)))
    public String servicesXml(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return Open311Xml.services(queries.services());
    }

    @GET
    @Path("/requests.xml")
    @Produces(Open311Xml.MEDIA_TYPE)
    @Operation(operationId = "listOpen311RequestsInXml", summary = "Service requests (whistles) in XML",
            description = REQUESTS + " <service_requests><request>… with the fields of requests.json.")
    @APIResponse(responseCode = "200", description = "Service requests",
            content = @Content(mediaType = "text/xml", schema = @Schema(type = SchemaType.STRING, description = XML)))
    public String requestsXml(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId,
            @Parameter(description = "Comma-separated ids; other filters are ignored then") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Comma-separated service codes") @QueryParam("service_code") String codes,
            @Parameter(description = "open or closed (comma-separated)") @QueryParam("status") String status,
            @Parameter(description = "Requested at or after (W3C date-time)") @QueryParam("start_date") String start,
            @Parameter(description = "Requested at or before (W3C date-time)") @QueryParam("end_date") String end) {
        return Open311Xml.requests(queries.requests(new Open311Queries.RequestFilter(ids, codes, status, start, end)));
    }

    @GET
    @Path("/requests/{id}.xml")
    @Produces(Open311Xml.MEDIA_TYPE)
    @Operation(operationId = "getOpen311RequestInXml", summary = "One service request in XML",
            description = "<service_requests> holding the one <request>, as the specification says.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = "text/xml", schema = @Schema(type = SchemaType.STRING, description = XML)))
    @APIResponse(responseCode = "404", description = "No such request")
    public String requestXml(@PathParam("id") String id,
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return Open311Xml.requests(queries.request(id));
    }

    @GET
    @Path("/services.json")
    @Operation(operationId = "listOpen311Services", summary = "Service list (whistle categories)")
    @APIResponse(responseCode = "200", description = "Services",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Service.class)))
    public List<Open311Views.Service> servicesJson(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return queries.services();
    }

    @GET
    @Path("/services")
    @Operation(operationId = "listOpen311ServicesWithoutSuffix", summary = "Service list, as services.json")
    @APIResponse(responseCode = "200", description = "Services",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.Service.class)))
    public List<Open311Views.Service> services(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return queries.services();
    }

    @GET
    @Path("/requests.json")
    @Operation(operationId = "listOpen311Requests", summary = "Service requests (whistles)", description = REQUESTS)
    @APIResponse(responseCode = "200", description = "Service requests",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    public List<Open311Views.ServiceRequest> requestsJson(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId,
            @Parameter(description = "Comma-separated ids; other filters are ignored then") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Comma-separated service codes") @QueryParam("service_code") String codes,
            @Parameter(description = "open or closed (comma-separated)") @QueryParam("status") String status,
            @Parameter(description = "Requested at or after (W3C date-time)") @QueryParam("start_date") String start,
            @Parameter(description = "Requested at or before (W3C date-time)") @QueryParam("end_date") String end) {
        return queries.requests(new Open311Queries.RequestFilter(ids, codes, status, start, end));
    }

    @GET
    @Path("/requests")
    @Operation(operationId = "listOpen311RequestsWithoutSuffix", summary = "Service requests, as requests.json", description = REQUESTS)
    @APIResponse(responseCode = "200", description = "Service requests",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    public List<Open311Views.ServiceRequest> requests(
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId,
            @Parameter(description = "Comma-separated ids; other filters are ignored then") @QueryParam("service_request_id") String ids,
            @Parameter(description = "Comma-separated service codes") @QueryParam("service_code") String codes,
            @Parameter(description = "open or closed (comma-separated)") @QueryParam("status") String status,
            @Parameter(description = "Requested at or after (W3C date-time)") @QueryParam("start_date") String start,
            @Parameter(description = "Requested at or before (W3C date-time)") @QueryParam("end_date") String end) {
        return queries.requests(new Open311Queries.RequestFilter(ids, codes, status, start, end));
    }

    @GET
    @Path("/requests/{id}.json")
    @Operation(operationId = "getOpen311Request", summary = "One service request, as an array of one")
    @APIResponse(responseCode = "200", description = "An array holding the request",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    @APIResponse(responseCode = "404", description = "No such request")
    public List<Open311Views.ServiceRequest> requestJson(@PathParam("id") String id,
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return queries.request(id);
    }

    @GET
    @Path("/requests/{id}")
    @Operation(operationId = "getOpen311RequestWithoutSuffix", summary = "One service request, as requests/{id}.json")
    @APIResponse(responseCode = "200", description = "An array holding the request",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Open311Views.ServiceRequest.class)))
    @APIResponse(responseCode = "404", description = "No such request")
    public List<Open311Views.ServiceRequest> request(@PathParam("id") String id,
            @Parameter(description = JURISDICTION) @QueryParam("jurisdiction_id") String jurisdictionId) {
        return queries.request(id);
    }
}

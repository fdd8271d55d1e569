package cn.shenyang.grassroots.orgstructure.open311;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The GeoReport v2 documents, with the specification's field names; no personal data appears in them. */
public final class Open311Views {
    private Open311Views() {}

    @Schema(name = "Open311Service", description = "A whistle category as a GeoReport v2 service")
    public record Service(
            @JsonProperty("service_code") @Schema(description = "The category's id") String serviceCode,
            @JsonProperty("service_name") String serviceName,
            String description,
            @Schema(description = "Always false: no service definition with extra attributes") boolean metadata,
            @Schema(description = "Always realtime: a request gets its id at once") String type,
            String keywords,
            String group) {}

    @Schema(name = "Open311ServiceRequest", description = "A whistle as a GeoReport v2 service request")
    public record ServiceRequest(
            @JsonProperty("service_request_id") @Schema(description = "The whistle's id") String serviceRequestId,
            @Schema(description = "open, or closed once the community confirmed the result") String status,
            @JsonProperty("status_notes") @Schema(description = "Where the whistle stands, in fixed words") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") @Schema(description = "The lead department, once dispatched") String agencyResponsible,
            @JsonProperty("service_notice") String serviceNotice,
            @JsonProperty("requested_datetime") @Schema(description = "ISO 8601 with offset") String requestedDatetime,
            @JsonProperty("updated_datetime") @Schema(description = "ISO 8601 with offset") String updatedDatetime,
            @JsonProperty("expected_datetime") @Schema(description = "The resolution deadline, ISO 8601 with offset") String expectedDatetime,
            String address,
            @JsonProperty("address_id") String addressId,
            String zipcode,
            @Schema(description = "WGS-84 latitude") BigDecimal lat,
            @JsonProperty("long") @Schema(description = "WGS-84 longitude") BigDecimal longitude,
            @JsonProperty("media_url") String mediaUrl) {}
}

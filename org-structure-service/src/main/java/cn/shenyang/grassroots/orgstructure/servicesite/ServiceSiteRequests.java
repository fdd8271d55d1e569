package cn.shenyang.grassroots.orgstructure.servicesite;

import cn.shenyang.grassroots.orgstructure.orgunit.Level;
import cn.shenyang.grassroots.platform.http.Versioned;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ServiceSiteRequests {
    private ServiceSiteRequests() {}

    public record SaveServiceSite(
            @NotBlank @Size(max = 200) String name,
            @NotNull ServiceSiteKind kind,
            @NotNull @Schema(description = "The org unit that runs the site; the site's level is the unit's") UUID orgUnitId,
            @NotBlank @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") @Schema(description = "WGS-84 latitude") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(description = "WGS-84 longitude") BigDecimal longitude,
            @Size(max = 200) @Schema(description = "e.g. Mon–Fri 8:30–17:00") String openingHours) {}

    @Schema(name = "ServiceSite")
    public record View(UUID id, String name, ServiceSiteKind kind, UUID orgUnitId,
            @Schema(description = "The level of the unit that runs it") Level level, String address, BigDecimal latitude,
            BigDecimal longitude, String openingHours, long version, OffsetDateTime createdAt, String createdBy,
            OffsetDateTime updatedAt, String updatedBy) implements Versioned {}

    @Schema(name = "ServiceSiteCounts", description = "Service sites run by units in the subtree of orgUnitId (inclusive)")
    public record Counts(UUID orgUnitId, @Schema(description = "All sites") long total,
            @Schema(description = "Sites by kind; kinds with none are absent") Map<ServiceSiteKind, Long> byKind,
            @Schema(description = "Sites by the level of the unit that runs them") Map<Level, Long> byLevel) {}
}

package cn.shenyang.grassroots.orgstructure.whistle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about whistles; status, deadlines and history are never accepted. */
public final class WhistleRequests {
    private WhistleRequests() {}

    static final String OCCURRED_AT = "When the step really happened, with offset (default now): never in the future, "
            + "never before the whistle's previous step. Rules and statistics use it; the recording time is kept apart.";

    @Schema(name = "WhistleLocation")
    public record Location(
            @NotBlank @Size(max = 300) String address,
            @DecimalMin("-90") @DecimalMax("90") @Schema(description = "WGS-84 latitude in degrees") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Schema(description = "WGS-84 longitude in degrees") BigDecimal longitude) {}

    public record RaiseWhistle(
            @NotNull @Schema(description = "The COMMUNITY or VILLAGE raising the whistle") UUID communityId,
            @NotNull UUID categoryId,
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 4000) String description,
            @NotNull @Valid Location location,
            @NotNull Urgency urgency,
            @Size(max = 9) @Schema(description = "Photos by URL reference (http or https), at most 9")
            List<@NotBlank @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String> photoUrls,
            @Schema(description = OCCURRED_AT) OffsetDateTime occurredAt) {}

    public record PerformWhistleAction(
            @NotNull WhistleStatus.Action action,
            @Schema(description = OCCURRED_AT) OffsetDateTime occurredAt,
            @Size(max = 2000) @Schema(description = "What happened; required for RECORD_PROGRESS, REPORT_RESULT (the result) "
                    + "and RETURN (the reason)") String note,
            @Schema(description = "DISPATCH and REDISPATCH: the lead department") UUID leadDepartmentId,
            @Size(max = 20) @Schema(description = "DISPATCH and REDISPATCH: co-handling departments")
            List<@NotNull UUID> coHandlerDepartmentIds,
            @Schema(description = "ADMIN acting for a department: which one (a liaison always acts for their own)")
            UUID departmentId,
            @Min(1) @Max(5) @Schema(description = "CONFIRM: the community's rating, 1–5; under 3 reopens the whistle")
            Integer rating) {}
}

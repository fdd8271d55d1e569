package cn.shenyang.grassroots.volunteer.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about activities, sign-ups and check-ins. */
public final class ActivityRequests {
    private ActivityRequests() {}

    public static final int MAX_CAPACITY = 100_000;

    @Schema(name = "ServiceItemInput", description = "One service offered at the activity")
    public record Item(
            @NotBlank @Size(max = 200) String name,
            @Schema(description = "Who offers it (a team, a department, a clinic…)") @Size(max = 200) String provider,
            @Size(max = 1000) String description) {}

    @Schema(name = "CreateServiceActivity", description = "Organised by a team or by an org unit (exactly one of the two)")
    public record CreateActivity(
            @NotNull ActivityKind kind,
            @NotBlank @Size(max = 200) String title,
            @NotNull ServiceTheme theme,
            @Schema(description = "The organising team (its owning unit scopes the activity)") UUID organizerTeamId,
            @Schema(description = "The organising org unit, when no team organises it") UUID organizerOrgUnitId,
            @NotBlank @Size(max = 300) String place,
            @Schema(description = "Start, with zone; may be in the past when an activity is recorded after the fact")
            @NotNull OffsetDateTime startsAt,
            @Schema(description = "End, after startsAt and at most 7 days later") @NotNull OffsetDateTime endsAt,
            @Schema(description = "Places for sign-ups; absent for no limit (walk-ins are never limited)")
            @Min(1) @Max(MAX_CAPACITY) Integer capacity,
            @Schema(description = "The services offered; a SERVICE_FAIR offers at least one")
            @Size(max = 200) List<@Valid @NotNull Item> items) {}

    @Schema(name = "UpdateServiceActivity", description = "Replaces what may change; kind and organiser stay")
    public record UpdateActivity(
            @NotBlank @Size(max = 200) String title,
            @NotNull ServiceTheme theme,
            @NotBlank @Size(max = 300) String place,
            @NotNull OffsetDateTime startsAt,
            @NotNull OffsetDateTime endsAt,
            @Schema(description = "Never below the current sign-ups") @Min(1) @Max(MAX_CAPACITY) Integer capacity,
            @Size(max = 200) List<@Valid @NotNull Item> items) {}

    @Schema(name = "CancelServiceActivity")
    public record Cancel(@NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "CreateActivitySignUp")
    public record SignUp(@Schema(description = "An ACTIVE volunteer of your subtree") @NotNull UUID volunteerId) {}

    @Schema(name = "CreateActivityCheckIn", description = "Checks in a signed-up volunteer, or a walk-in without a sign-up")
    public record CheckIn(
            @NotNull UUID volunteerId,
            @Schema(description = "When they arrived; default now. Not in the future, not earlier than "
                    + "volunteer.early-check-in before the start, not after the end") OffsetDateTime checkedInAt) {}
}

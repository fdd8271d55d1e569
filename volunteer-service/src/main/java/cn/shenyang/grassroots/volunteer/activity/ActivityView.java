package cn.shenyang.grassroots.volunteer.activity;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceActivity")
public record ActivityView(
        @Schema(required = true) UUID id,
        @Schema(required = true) ActivityKind kind,
        @Schema(required = true, maxLength = 200) String title,
        @Schema(required = true) ServiceTheme theme,
        @Schema(description = "The organising team, if a team organises it") UUID organizerTeamId,
        @Schema(required = true, description = "The organising unit (the team's unit when a team organises it)") UUID orgUnitId,
        @Schema(required = true, maxLength = 300) String place,
        @Schema(required = true) OffsetDateTime startsAt,
        @Schema(required = true) OffsetDateTime endsAt,
        @Schema(description = "Places for sign-ups; null for no limit") Integer capacity,
        @Schema(required = true, description = "Live sign-ups (signed up or checked in after signing up, not cancelled)")
        int signedUp,
        @Schema(description = "capacity - signedUp; null for no limit") Integer placesLeft,
        @Schema(required = true) ActivityStatus status,
        String cancelReason,
        @Schema(required = true, maxItems = 200) List<ItemView> items,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    @Schema(name = "ServiceItem")
    public record ItemView(@Schema(required = true) UUID id, @Schema(required = true, maxLength = 200) String name,
            String provider, String description) {
        public static ItemView of(ServiceItem i) {
            return new ItemView(i.id, i.name, i.provider, i.description);
        }
    }

    public static ActivityView of(ServiceActivity a, List<ServiceItem> items) {
        return new ActivityView(a.id, a.kind, a.title, a.theme, a.organizerTeamId, a.orgUnitId, a.place, a.startsAt,
                a.endsAt, a.capacity, a.signedUp, a.capacity == null ? null : a.capacity - a.signedUp, a.status,
                a.cancelReason, items.stream().map(ItemView::of).toList(), a.version, a.createdAt, a.createdBy,
                a.updatedAt, a.updatedBy);
    }

    @Schema(name = "ActivityParticipation", description = "A sign-up, or a walk-in's check-in")
    public record ParticipationView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID activityId,
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true) ParticipationStatus status,
            @Schema(required = true, description = "Checked in without a sign-up") boolean walkIn,
            @Schema(description = "Null for a walk-in") OffsetDateTime signedUpAt,
            OffsetDateTime checkedInAt,
            OffsetDateTime cancelledAt,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true) String updatedBy) implements Versioned {
        public static ParticipationView of(Participation p) {
            return new ParticipationView(p.id, p.activityId, p.volunteerId, p.status(), p.walkIn, p.signedUpAt,
                    p.checkedInAt, p.cancelledAt, p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }
}

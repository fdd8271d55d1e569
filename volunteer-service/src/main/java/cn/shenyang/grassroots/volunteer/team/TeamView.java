package cn.shenyang.grassroots.volunteer.team;

import cn.shenyang.grassroots.platform.http.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VolunteerTeam")
public record TeamView(
        @Schema(required = true) UUID id,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(required = true) TeamKind kind,
        @Schema(required = true) TeamLevel level,
        @Schema(required = true, description = "The day the team reached its current level") LocalDate levelSince,
        @Schema(required = true) UUID orgUnitId,
        @Schema(description = "The leading volunteer, if any") UUID leaderVolunteerId,
        @Schema(required = true) LocalDate foundedOn,
        @Schema(maxLength = 2000) String description,
        @Schema(required = true, description = "Current members (joined, not left)") long currentMembers,
        @Schema(required = true) long version,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) String updatedBy) implements Versioned {

    public static TeamView of(VolunteerTeam t, long currentMembers) {
        return new TeamView(t.id, t.name, t.kind, t.level, t.levelSince, t.orgUnitId, t.leaderVolunteerId, t.foundedOn,
                t.description, currentMembers, t.version, t.createdAt, t.createdBy, t.updatedAt, t.updatedBy);
    }

    @Schema(name = "VolunteerTeamLevelChange", description = "One level the team held, from occurredOn")
    public record LevelChangeView(
            @Schema(required = true) UUID id,
            @Schema(description = "Null for the founding level") TeamLevel fromLevel,
            @Schema(required = true) TeamLevel toLevel,
            @Schema(required = true, description = "The day it happened") LocalDate occurredOn,
            String reason,
            @Schema(required = true, description = "Who entered it") String recordedBy,
            @Schema(required = true, description = "When it was entered") OffsetDateTime recordedAt) {
        public static LevelChangeView of(TeamLevelChange c) {
            return new LevelChangeView(c.id, c.fromLevel, c.toLevel, c.occurredOn, c.reason, c.recordedBy, c.recordedAt);
        }
    }

    @Schema(name = "TeamMembership")
    public record MembershipView(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID teamId,
            @Schema(required = true) UUID volunteerId,
            @Schema(required = true) LocalDate joinedOn,
            @Schema(description = "Null while the membership is current") LocalDate leftOn,
            String leaveReason,
            @Schema(required = true) long version,
            @Schema(required = true) OffsetDateTime createdAt,
            @Schema(required = true) String createdBy,
            @Schema(required = true) OffsetDateTime updatedAt,
            @Schema(required = true) String updatedBy) implements Versioned {
        public static MembershipView of(TeamMembership m) {
            return new MembershipView(m.id, m.teamId, m.volunteerId, m.joinedOn, m.leftOn, m.leaveReason, m.version,
                    m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
        }
    }
}

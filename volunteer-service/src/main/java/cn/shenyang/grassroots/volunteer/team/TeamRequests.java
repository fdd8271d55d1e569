package cn.shenyang.grassroots.volunteer.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller may send about teams and memberships. */
public final class TeamRequests {
    private TeamRequests() {}

    @Schema(name = "CreateVolunteerTeam")
    public record CreateTeam(
            @NotBlank @Size(max = 200) String name,
            @NotNull TeamKind kind,
            @Schema(description = "The level the team was founded at; a SPECIALTY_SQUAD is DISTRICT") @NotNull TeamLevel level,
            @Schema(description = "The org unit that owns the team (any level of your subtree)") @NotNull UUID orgUnitId,
            @Schema(description = "The volunteer who leads the team, if any (in your subtree)") UUID leaderVolunteerId,
            @Schema(description = "Founding day; default today, never in the future") LocalDate foundedOn,
            @Size(max = 2000) String description) {}

    /** Level changes go through level-changes, so they are dated and kept. */
    @Schema(name = "UpdateVolunteerTeam")
    public record UpdateTeam(
            @NotBlank @Size(max = 200) String name,
            @NotNull TeamKind kind,
            @NotNull UUID orgUnitId,
            UUID leaderVolunteerId,
            @Size(max = 2000) String description) {}

    @Schema(name = "ChangeVolunteerTeamLevel", description = "An upgrade (or a step down) of a team, dated when it happened")
    public record ChangeLevel(
            @NotNull TeamLevel level,
            @Schema(description = "Default today; never in the future, never before the team's current level began")
            LocalDate occurredOn,
            @Schema(description = "Why, e.g. the decision that upgraded the team") @NotBlank @Size(max = 1000) String reason) {}

    @Schema(name = "CreateTeamMembership")
    public record Join(
            @NotNull UUID volunteerId,
            @Schema(description = "Default today; never in the future, before the team's founding or the volunteer's "
                    + "registration") LocalDate joinedOn) {}

    @Schema(name = "EndTeamMembership")
    public record Leave(
            @Schema(description = "Default today; never in the future or before joinedOn") LocalDate leftOn,
            @Size(max = 1000) String reason) {}
}
